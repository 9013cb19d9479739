package iq.kharita.board;

import iq.kharita.common.I18nText;
import iq.kharita.location.LocationRef;
import iq.kharita.measure.MeasureStatus;
import iq.kharita.pillar.PillarRef;
import iq.kharita.stakeholder.StakeholderRef;
import iq.kharita.workinggroup.WorkingGroupRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Board", description = "Every measure of a roadmap the reader may see, as the cards of a progress board",
        requiredProperties = {"roadmapId", "cards"})
public record BoardRepresentation(long roadmapId, List<Card> cards) {

    @Schema(name = "BoardCard", description = "What a card on the board shows, and whether the reader may move it",
            requiredProperties = {"id", "code", "title", "status", "progress", "overdue", "blocked", "pillar", "governorates", "locations", "editable", "version"})
    public record Card(
            long id,
            @Schema(examples = "DOC-02") String code,
            I18nText title,
            MeasureStatus status,
            @Schema(minimum = "0", maximum = "100") int progress,
            LocalDate dueDate,
            @Schema(description = "Past its due date and neither completed nor cancelled") boolean overdue,
            @Schema(description = "Waits for a measure (that the reader may see) that has not reached the required status") boolean blocked,
            @Schema(description = "Highest score (likelihood × impact, 1 to 25) of the open risks on this measure that the reader may see; absent when none")
            Integer riskScore,
            PillarRef pillar,
            WorkingGroupRef workingGroup,
            @Schema(description = "The lead institution") StakeholderRef lead,
            @Schema(description = "Governorates the measure's places lie in") List<LocationRef> governorates,
            @Schema(description = "The measure's own places") List<LocationRef> locations,
            @Schema(description = "Whether the reader may change the status of this measure") boolean editable,
            @Schema(description = "The measure's version: send it as If-Match (\"<version>\") to change it") long version) {
    }
}
