package iq.kharita.stakeholder;

import iq.kharita.common.I18nText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An institution named inside another representation. */
@Schema(name = "StakeholderRef", requiredProperties = {"id", "abbreviation", "name"})
public record StakeholderRef(long id, @Schema(examples = "NSS") String abbreviation, I18nText name) {

    public static StakeholderRef of(Stakeholder stakeholder) {
        return stakeholder == null ? null : new StakeholderRef(stakeholder.id, stakeholder.abbreviation, stakeholder.name);
    }
}
