package iq.kharita.sequence;

import iq.kharita.measure.MeasureStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DependencyCreate")
public record DependencyCreate(
        @NotNull @Schema(description = "The measure that waits") Long measureId,
        @NotNull @Schema(description = "The measure it waits for, in the same roadmap") Long predecessorId,
        @Schema(description = "FINISH_TO_START when left out") DependencyKind kind,
        @Schema(description = "Required with UNTIL_STATUS") MeasureStatus requiredStatus) {
}
