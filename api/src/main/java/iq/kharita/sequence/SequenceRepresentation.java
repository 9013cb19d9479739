package iq.kharita.sequence;

import iq.kharita.measure.MeasureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Sequence", description = "What waits for what in a roadmap, and the dates that follow",
        requiredProperties = {"roadmapId", "criticalPath", "measures"})
public record SequenceRepresentation(
        long roadmapId,
        @Schema(description = "When the last measure is now projected to finish") LocalDate projectedEnd,
        @Schema(description = "Codes of the chain of measures that sets the projected end, first to last") List<String> criticalPath,
        List<Step> measures) {

    @Schema(name = "SequenceStep", requiredProperties = {"id", "code", "status", "blocked", "ready", "critical", "slipDays", "blockedBy"})
    public record Step(
            long id,
            String code,
            MeasureStatus status,
            LocalDate startDate,
            LocalDate dueDate,
            @Schema(description = "The start its predecessors now allow") LocalDate projectedStart,
            LocalDate projectedEnd,
            @Schema(description = "Days the projected end is past the due date; 0 when on time") long slipDays,
            @Schema(description = "Not finished and waiting for a predecessor") boolean blocked,
            @Schema(description = "Not started yet and nothing to wait for") boolean ready,
            @Schema(description = "On the critical path") boolean critical,
            @Schema(description = "Codes of the predecessors it still waits for") List<String> blockedBy) {
    }
}
