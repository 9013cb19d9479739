package iq.kharita.measure;

import iq.kharita.stakeholder.StakeholderRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Responsibility", requiredProperties = {"stakeholder", "role"}, description = "The part an institution plays in a measure")
public record ResponsibilityView(StakeholderRef stakeholder, ResponsibilityRole role) {

    static ResponsibilityView of(MeasureResponsibility responsibility) {
        return new ResponsibilityView(StakeholderRef.of(responsibility.stakeholder), responsibility.role);
    }
}
