package iq.kharita.measure;

import iq.kharita.stakeholder.StakeholderRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

@Schema(name = "Responsibility", requiredProperties = {"stakeholder", "role"}, description = "The part an institution plays in a measure")
public record ResponsibilityView(StakeholderRef stakeholder, ResponsibilityRole role) {

    /** The order a measure lists its institutions in: the lead first, then by role, then by abbreviation. */
    static final Comparator<ResponsibilityView> BY_ROLE_THEN_NAME = Comparator.comparing(ResponsibilityView::role)
            .thenComparing(r -> r.stakeholder().abbreviation().toLowerCase(Locale.ROOT));

    static StakeholderRef leadOf(List<ResponsibilityView> responsibilities) {
        return responsibilities.stream().filter(r -> r.role() == ResponsibilityRole.LEAD).findFirst().map(ResponsibilityView::stakeholder).orElse(null);
    }

    static ResponsibilityView of(MeasureResponsibility responsibility) {
        return new ResponsibilityView(StakeholderRef.of(responsibility.stakeholder), responsibility.role);
    }
}
