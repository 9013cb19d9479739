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

/**
 * Cards refer to their pillar, group, lead and places by id, and each of those is named once in the lists beside
 * them: a roadmap has a few pillars and groups and a few dozen institutions and places, but hundreds of cards, and
 * naming them on every card made a 500-card board twice as large (docs/benchmarks.md).
 */
@Schema(name = "Board", description = "Every measure of a roadmap the reader may see, as the cards of a progress board, with the pillars,"
        + " working groups, institutions and places the cards refer to",
        requiredProperties = {"roadmapId", "cards", "pillars", "workingGroups", "stakeholders", "locations"})
public record BoardRepresentation(
        long roadmapId,
        List<Card> cards,
        @Schema(description = "The pillars of the cards, in the roadmap's order") List<PillarRef> pillars,
        @Schema(description = "The working groups of the cards") List<WorkingGroupRef> workingGroups,
        @Schema(description = "The lead institutions of the cards") List<StakeholderRef> stakeholders,
        @Schema(description = "The cards' places and the governorates they lie in") List<LocationRef> locations) {

    @Schema(name = "BoardCard", description = "What a card on the board shows, and whether the reader may move it",
            requiredProperties = {"id", "code", "title", "status", "progress", "overdue", "blocked", "pillarId", "governorateIds", "locationIds",
                    "editable", "version"})
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
            @Schema(description = "Its pillar, one of the board's pillars") long pillarId,
            @Schema(description = "Its working group, one of the board's workingGroups; absent when none") Long workingGroupId,
            @Schema(description = "Its lead institution, one of the board's stakeholders; absent when none") Long leadId,
            @Schema(description = "Governorates its places lie in, among the board's locations") List<Long> governorateIds,
            @Schema(description = "Its own places, among the board's locations") List<Long> locationIds,
            @Schema(description = "Whether the reader may change the status of this measure") boolean editable,
            @Schema(description = "The measure's version: send it as If-Match (\"<version>\") to change it") long version) {
    }
}
