package iq.kharita.workspace;

import iq.kharita.action.Action;
import iq.kharita.action.ActionRepresentation;
import iq.kharita.action.ActionStatus;
import iq.kharita.common.Visibility;
import iq.kharita.common.security.Caller;
import iq.kharita.measure.Measure;
import iq.kharita.measure.MeasureStatus;
import iq.kharita.stakeholder.Stakeholder;
import iq.kharita.stakeholder.StakeholderRef;
import iq.kharita.workinggroup.WorkingGroup;
import iq.kharita.workinggroup.WorkingGroupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a working group lead opens on Monday: three statements, whatever the size of the group. */
@ApplicationScoped
public class WorkspaceService {

    private static final Set<MeasureStatus> FINISHED = Set.of(MeasureStatus.COMPLETED, MeasureStatus.CANCELLED);

    @Inject
    WorkingGroupService groups;

    @Inject
    Caller caller;

    public WorkspaceRepresentation of(long workingGroupId) {
        WorkingGroup group = groups.require(workingGroupId);
        List<Visibility> readable = caller.visibleLevelList();
        LocalDate today = LocalDate.now();
        List<Measure> measures = Measure.list("workingGroup.id = ?1 and visibility in ?2 order by code", workingGroupId, readable);
        List<Action> open = Action.list("""
                        select a from Action a join fetch a.measure m join fetch a.assignee
                        where m.workingGroup.id = ?1 and m.visibility in ?2 and a.status in ?3""",
                workingGroupId, readable, List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED));

        Map<Long, Long> openByMeasure = new java.util.HashMap<>();
        Map<Long, long[]> load = new LinkedHashMap<>();
        Map<Long, Stakeholder> institutions = new java.util.HashMap<>();
        for (Action action : open) {
            openByMeasure.merge(action.measure.id, 1L, Long::sum);
            institutions.put(action.assignee.id, action.assignee);
            long[] counts = load.computeIfAbsent(action.assignee.id, id -> new long[2]);
            counts[0]++;
            if (action.isOverdue(today)) {
                counts[1]++;
            }
        }
        return new WorkspaceRepresentation(group.id, group.code, group.name,
                measures.stream().map(m -> new WorkspaceRepresentation.MeasureLine(m.id, m.code, m.title, m.status, m.progress, m.dueDate,
                        m.dueDate != null && m.dueDate.isBefore(today) && !FINISHED.contains(m.status), openByMeasure.getOrDefault(m.id, 0L))).toList(),
                load.entrySet().stream()
                        .map(e -> new WorkspaceRepresentation.InstitutionLoad(StakeholderRef.of(institutions.get(e.getKey())), e.getValue()[0], e.getValue()[1]))
                        .sorted(Comparator.comparing(WorkspaceRepresentation.InstitutionLoad::overdue).reversed()
                                .thenComparing(l -> l.institution().abbreviation()))
                        .toList(),
                open.stream().filter(a -> a.isOverdue(today)).sorted(Comparator.comparing((Action a) -> a.dueDate).thenComparing(a -> a.id))
                        .map(ActionRepresentation::of).toList());
    }
}
