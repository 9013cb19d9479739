package iq.kharita.identity;

import iq.kharita.common.Visibility;
import iq.kharita.stakeholder.StakeholderRef;
import iq.kharita.workinggroup.WorkingGroupRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;

@Schema(name = "Me", description = "The caller as Kharita sees them", requiredProperties = {"username", "roles", "workingGroups", "language", "visibleLevels"})
public record MeRepresentation(
        @Schema(examples = "lead-doc") String username,
        @Schema(examples = "[\"wg-lead\"]") Set<String> roles,
        @Schema(description = "The caller's institution; absent when the token names none or an unknown one") StakeholderRef institution,
        List<WorkingGroupRef> workingGroups,
        @Schema(description = "Preferred language", enumeration = {"ar", "en"}) String language,
        @Schema(description = "What the caller may read") Set<Visibility> visibleLevels) {
}
