package iq.kharita.sequence;

import iq.kharita.measure.MeasureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dependency", description = "A measure waits for its predecessor",
        requiredProperties = {"id", "measure", "predecessor", "kind", "satisfied", "version"})
public record DependencyRepresentation(
        long id,
        MeasureNode measure,
        MeasureNode predecessor,
        DependencyKind kind,
        @Schema(description = "With UNTIL_STATUS: the status the predecessor must reach") MeasureStatus requiredStatus,
        @Schema(description = "The predecessor, as it stands, lets the measure go ahead") boolean satisfied,
        long version) {

    @Schema(name = "MeasureNode", requiredProperties = {"id", "code", "status"})
    public record MeasureNode(long id, String code, MeasureStatus status) {
    }

    public static DependencyRepresentation of(Dependency dependency) {
        return new DependencyRepresentation(dependency.id,
                new MeasureNode(dependency.measure.id, dependency.measure.code, dependency.measure.status),
                new MeasureNode(dependency.predecessor.id, dependency.predecessor.code, dependency.predecessor.status),
                dependency.kind, dependency.requiredStatus, dependency.isSatisfied(), dependency.version);
    }
}
