package iq.kharita.workinggroup;

import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import iq.kharita.pillar.PillarRef;
import iq.kharita.stakeholder.StakeholderRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WorkingGroup", requiredProperties = {"id", "roadmapId", "code", "name", "lead", "pillars", "members", "tracking"}, description = "A thematic working group and the institutions in it")
public record WorkingGroupRepresentation(
        long id,
        long roadmapId,
        @Schema(examples = "WG-DOC") String code,
        I18nText name,
        @Schema(description = "The institution that leads the group") StakeholderRef lead,
        List<PillarRef> pillars,
        @Schema(description = "Member institutions") List<StakeholderRef> members,
        I18nText termsOfReference,
        Tracking tracking) {

    public static WorkingGroupRepresentation of(WorkingGroup group) {
        return new WorkingGroupRepresentation(group.id, group.roadmap.id, group.code, group.name, StakeholderRef.of(group.lead),
                group.pillars.stream().map(PillarRef::of).toList(),
                group.members.stream().map(StakeholderRef::of).toList(),
                group.termsOfReference, Tracking.of(group));
    }
}
