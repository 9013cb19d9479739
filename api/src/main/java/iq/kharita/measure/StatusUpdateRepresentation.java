package iq.kharita.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "StatusUpdate", description = "An entry of a measure's timeline",
        requiredProperties = {"id", "measureId", "toStatus", "toProgress", "note", "actor", "at"})
public record StatusUpdateRepresentation(
        long id,
        long measureId,
        @Schema(description = "Absent for the measure's first status") MeasureStatus fromStatus,
        MeasureStatus toStatus,
        Integer fromProgress,
        int toProgress,
        @Schema(description = "Why, as the person typed it", examples = "NSS confirmed at the 12 Nov meeting that the decision slipped to January") String note,
        @Schema(description = "Link to minutes or another document", examples = "https://docs.example.iq/minutes/2026-11-12") String evidenceUrl,
        String actor,
        Instant at) {

    public static StatusUpdateRepresentation of(MeasureStatusUpdate update) {
        return new StatusUpdateRepresentation(update.id, update.measure.id, update.fromStatus, update.toStatus, update.fromProgress,
                update.toProgress, update.note, update.evidenceUrl, update.actor, update.at);
    }
}
