package iq.kharita.measure;

import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import iq.kharita.common.Visibility;
import iq.kharita.location.LocationRef;
import iq.kharita.pillar.PillarRef;
import iq.kharita.stakeholder.StakeholderRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

@Schema(name = "Measure", requiredProperties = {"id", "roadmapId", "pillar", "code", "title", "type", "level", "phase", "priority", "status", "progress", "progressMode", "visibility", "lead", "responsibilities", "locations", "tracking"}, description = "A step of the roadmap, with the institutions responsible and the places it covers")
public record MeasureRepresentation(
        long id,
        long roadmapId,
        PillarRef pillar,
        @Schema(description = "Id of the working group that owns the measure") Long workingGroupId,
        @Schema(examples = "DOC-02") String code,
        I18nText title,
        I18nText description,
        MeasureType type,
        MeasureLevel level,
        Phase phase,
        Priority priority,
        MeasureStatus status,
        @Schema(minimum = "0", maximum = "100") int progress,
        @Schema(description = "MANUAL: typed by hand; FROM_ACTIONS: done actions ÷ actions not cancelled") ProgressMode progressMode,
        LocalDate startDate,
        LocalDate dueDate,
        Visibility visibility,
        @Schema(description = "The lead institution") StakeholderRef lead,
        @Schema(description = "Every institution with a part, lead first") List<ResponsibilityView> responsibilities,
        List<LocationRef> locations,
        Tracking tracking) {

    public static MeasureRepresentation of(Measure measure) {
        return of(measure, measure.responsibilities.stream().map(ResponsibilityView::of).sorted(ResponsibilityView.BY_ROLE_THEN_NAME).toList(),
                measure.locations.stream().sorted(Comparator.comparing(l -> l.id)).map(LocationRef::of).toList());
    }

    /** The measure's own columns with its institutions (sorted, lead first) and places as already read. */
    public static MeasureRepresentation of(Measure measure, List<ResponsibilityView> responsibilities, List<LocationRef> locations) {
        return new MeasureRepresentation(measure.id, measure.roadmap.id, PillarRef.of(measure.pillar),
                measure.workingGroup == null ? null : measure.workingGroup.id,
                measure.code, measure.title, measure.description, measure.type, measure.level, measure.phase,
                measure.priority, measure.status, measure.progress, measure.progressMode, measure.startDate, measure.dueDate, measure.visibility,
                ResponsibilityView.leadOf(responsibilities), responsibilities, locations, Tracking.of(measure));
    }
}
