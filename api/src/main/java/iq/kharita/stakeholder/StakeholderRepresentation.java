package iq.kharita.stakeholder;

import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Stakeholder", requiredProperties = {"id", "abbreviation", "name", "type", "tracking"}, description = "An institution; never a person")
public record StakeholderRepresentation(
        long id,
        @Schema(examples = "NSS") String abbreviation,
        I18nText name,
        StakeholderType type,
        @Schema(description = "Id of the parent institution") Long parentId,
        Tracking tracking) {

    public static StakeholderRepresentation of(Stakeholder stakeholder) {
        return new StakeholderRepresentation(stakeholder.id, stakeholder.abbreviation, stakeholder.name, stakeholder.type,
                stakeholder.parent == null ? null : stakeholder.parent.id, Tracking.of(stakeholder));
    }
}
