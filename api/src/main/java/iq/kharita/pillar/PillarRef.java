package iq.kharita.pillar;

import iq.kharita.common.I18nText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pillar named inside another representation. */
@Schema(name = "PillarRef", requiredProperties = {"id", "code", "name"})
public record PillarRef(long id, @Schema(examples = "DOC") String code, I18nText name) {

    public static PillarRef of(Pillar pillar) {
        return new PillarRef(pillar.id, pillar.code, pillar.name);
    }
}
