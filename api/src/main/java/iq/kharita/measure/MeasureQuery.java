package iq.kharita.measure;

import iq.kharita.common.Visibility;

import java.time.Instant;
import java.util.List;

/** The filters of the measure list, already parsed and checked. */
public record MeasureQuery(
        Long roadmapId,
        String pillarCode,
        Long workingGroupId,
        Long stakeholderId,
        ResponsibilityRole role,
        List<Long> locationIds,
        List<Phase> phases,
        List<MeasureStatus> statuses,
        List<MeasureType> types,
        List<Priority> priorities,
        List<Visibility> visibilities,
        Boolean overdue,
        Instant updatedSince,
        String text,
        String sort) {

}
