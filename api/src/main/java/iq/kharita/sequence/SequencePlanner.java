package iq.kharita.sequence;

import iq.kharita.measure.Measure;
import iq.kharita.measure.MeasureStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out, from a roadmap's measures and dependencies, which measures are blocked or ready, when each can now
 * start and finish if its predecessors slip, and the chain that sets the roadmap's end (the critical path).
 * A measure keeps its planned duration (start to due); it starts no earlier than its planned start and no earlier
 * than its unsatisfied predecessors allow; an unfinished measure already past due is projected to finish today.
 */
final class SequencePlanner {

    private static final Set<MeasureStatus> FINISHED = Set.of(MeasureStatus.COMPLETED, MeasureStatus.CANCELLED);
    private static final Set<MeasureStatus> NOT_STARTED = Set.of(MeasureStatus.PROPOSED, MeasureStatus.ENDORSED, MeasureStatus.NOT_STARTED);

    private final LocalDate today;
    private final Map<Long, Measure> measures = new LinkedHashMap<>();
    private final Map<Long, List<Dependency>> waitsFor = new HashMap<>();
    private final Map<Long, LocalDate> projectedStart = new HashMap<>();
    private final Map<Long, LocalDate> projectedEnd = new HashMap<>();
    private final Map<Long, Long> bindingPredecessor = new HashMap<>();

    SequencePlanner(Collection<Measure> visible, Collection<Dependency> dependencies, LocalDate today) {
        this.today = today;
        visible.stream().sorted(Comparator.comparing(m -> m.code)).forEach(m -> measures.put(m.id, m));
        for (Dependency dependency : dependencies) {
            if (measures.containsKey(dependency.measure.id) && measures.containsKey(dependency.predecessor.id)) {
                waitsFor.computeIfAbsent(dependency.measure.id, id -> new ArrayList<>()).add(dependency);
            }
        }
    }

    SequenceRepresentation plan(long roadmapId) {
        topologicalOrder().forEach(this::project);
        List<String> criticalPath = criticalPath();
        LocalDate end = projectedEnd.values().stream().filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        List<SequenceRepresentation.Step> steps = measures.values().stream().map(m -> step(m, criticalPath)).toList();
        return new SequenceRepresentation(roadmapId, end, criticalPath, steps);
    }

    private void project(Measure measure) {
        LocalDate start = measure.startDate;
        Long binding = null;
        for (Dependency dependency : waitsFor.getOrDefault(measure.id, List.of())) {
            if (dependency.isSatisfied()) {
                continue;
            }
            long predecessor = dependency.predecessor.id;
            boolean waitsForEnd = dependency.kind == DependencyKind.FINISH_TO_START || dependency.requiredStatus == MeasureStatus.COMPLETED;
            LocalDate bound = waitsForEnd ? plusOne(projectedEnd.get(predecessor)) : projectedStart.get(predecessor);
            if (bound != null && (start == null || bound.isAfter(start))) {
                start = bound;
                binding = predecessor;
            }
        }
        long duration = measure.startDate != null && measure.dueDate != null ? ChronoUnit.DAYS.between(measure.startDate, measure.dueDate) : 0;
        LocalDate end = start == null ? measure.dueDate : start.plusDays(duration);
        if (end != null && !FINISHED.contains(measure.status) && end.isBefore(today)) {
            end = today;
        }
        projectedStart.put(measure.id, start);
        projectedEnd.put(measure.id, end);
        if (binding != null) {
            bindingPredecessor.put(measure.id, binding);
        }
    }

    /** Walks back from the measure that finishes last through the predecessor that held each one up. */
    private List<String> criticalPath() {
        Long last = measures.values().stream()
                .filter(m -> m.status != MeasureStatus.CANCELLED && projectedEnd.get(m.id) != null)
                .max(Comparator.comparing((Measure m) -> projectedEnd.get(m.id)).thenComparing(m -> m.code))
                .map(m -> m.id).orElse(null);
        Deque<String> path = new ArrayDeque<>();
        for (Long current = last; current != null; current = bindingPredecessor.get(current)) {
            path.addFirst(measures.get(current).code);
        }
        return List.copyOf(path);
    }

    private SequenceRepresentation.Step step(Measure measure, List<String> criticalPath) {
        List<String> blockedBy = waitsFor.getOrDefault(measure.id, List.of()).stream()
                .filter(d -> !d.isSatisfied()).map(d -> d.predecessor.code).sorted().toList();
        boolean finished = FINISHED.contains(measure.status);
        LocalDate end = projectedEnd.get(measure.id);
        long slip = end != null && measure.dueDate != null ? Math.max(0, ChronoUnit.DAYS.between(measure.dueDate, end)) : 0;
        return new SequenceRepresentation.Step(measure.id, measure.code, measure.status, measure.startDate, measure.dueDate,
                projectedStart.get(measure.id), end, slip, !finished && !blockedBy.isEmpty(),
                NOT_STARTED.contains(measure.status) && blockedBy.isEmpty(), criticalPath.contains(measure.code), blockedBy);
    }

    private List<Measure> topologicalOrder() {
        Map<Long, Integer> waiting = new HashMap<>();
        Map<Long, List<Long>> successors = new HashMap<>();
        measures.keySet().forEach(id -> waiting.put(id, 0));
        waitsFor.forEach((id, dependencies) -> dependencies.forEach(d -> {
            waiting.merge(id, 1, Integer::sum);
            successors.computeIfAbsent(d.predecessor.id, p -> new ArrayList<>()).add(id);
        }));
        Deque<Long> free = new ArrayDeque<>();
        waiting.forEach((id, count) -> {
            if (count == 0) {
                free.add(id);
            }
        });
        List<Measure> order = new ArrayList<>();
        while (!free.isEmpty()) {
            Long id = free.poll();
            order.add(measures.get(id));
            for (Long successor : successors.getOrDefault(id, List.of())) {
                if (waiting.merge(successor, -1, Integer::sum) == 0) {
                    free.add(successor);
                }
            }
        }
        return order;
    }

    private static LocalDate plusOne(LocalDate date) {
        return date == null ? null : date.plusDays(1);
    }
}
