package iq.kharita.measure;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Filters;
import iq.kharita.common.Page;
import iq.kharita.common.References;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Sorting;
import iq.kharita.common.Versions;
import iq.kharita.common.Visibility;
import iq.kharita.common.problem.Phrase;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.problem.Violation;
import iq.kharita.location.Location;
import iq.kharita.pillar.Pillar;
import iq.kharita.stakeholder.Stakeholder;
import iq.kharita.workinggroup.WorkingGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class MeasureService {

    private static final Map<String, String> SORTS = Map.of(
            "code", "lower(m.code)", "titleEn", "m.title.en", "titleAr", "m.title.ar", "dueDate", "m.dueDate",
            "startDate", "m.startDate", "progress", "m.progress", "status", "m.status", "priority", "m.priority",
            "updatedAt", "m.updatedAt", "pillar", "p.sortOrder");

    private static final Set<MeasureStatus> FINISHED = Set.of(MeasureStatus.COMPLETED, MeasureStatus.CANCELLED);

    @Inject
    AuditTrail audit;

    @Inject
    MeasureAccess access;

    @Inject
    MeasureReader reader;

    /**
     * One statement for the ids of the page, at most one for the total, and one reading those measures whole
     * ({@link MeasureReader}), so the number of statements does not grow with the rows.
     */
    public Page<MeasureRepresentation> list(MeasureQuery query, PageRequest page) {
        Filters filters = new Filters()
                .equal("m.roadmap.id", "roadmap", query.roadmapId())
                .equal("lower(p.code)", "pillar", query.pillarCode() == null ? null : query.pillarCode().toLowerCase(java.util.Locale.ROOT))
                .equal("m.workingGroup.id", "workingGroup", query.workingGroupId())
                .in("m.phase", "phases", query.phases())
                .in("m.status", "statuses", query.statuses())
                .in("m.type", "types", query.types())
                .in("m.priority", "priorities", query.priorities())
                .in("m.visibility", "visibilities", query.visibilities())
                .matching("m.updatedAt >= :updatedSince", "updatedSince", query.updatedSince())
                .text("m.searchText", "q", query.text());
        filters.readableBy("m.visibility", access.readableLevels());
        if (query.stakeholderId() != null) {
            filters.add("exists (select 1 from MeasureResponsibility r where r.measure = m and r.stakeholder.id = :stakeholder"
                    + (query.role() == null ? ")" : " and r.role = :role)"), "stakeholder", query.stakeholderId());
            if (query.role() != null) {
                filters.bind("role", query.role());
            }
        }
        if (query.locationIds() != null) {
            filters.add("exists (select 1 from m.locations l where l.id in :locations)", "locations", query.locationIds());
        }
        if (query.overdue() != null) {
            String overdue = "(m.dueDate < :today and m.status not in :finished)";
            filters.add(query.overdue() ? overdue : "not " + overdue, "today", LocalDate.now()).bind("finished", FINISHED);
        }
        Page<Long> ids = filters.page(Long.class, "select m.id from Measure m join m.pillar p",
                "select count(m) from Measure m join m.pillar p", Sorting.orderBy(query.sort(), SORTS, "m"), page);
        return new Page<>(reader.readAll(ids.items()), ids.page(), ids.size(), ids.total());
    }

    public Optional<Measure> find(long id) {
        return Measure.find("from Measure m join fetch m.pillar where m.id = ?1", id).firstResultOptional();
    }

    /** A measure the caller may see; 404 for one that does not exist or is hidden from them. */
    public Measure require(long id) {
        return access.requireVisible(find(id).orElseThrow(() -> ProblemException.notFound("Measure", id)));
    }

    /**
     * As {@link #require}, with all its representation shows read in two statements rather than a lazy load per association. Two,
     * because fetching the responsibilities and the places in one would multiply their rows.
     */
    public Measure requireWhole(long id) {
        Measure measure = access.requireVisible(Measure.<Measure>find("select m from Measure m join fetch m.pillar left join fetch m.workingGroup"
                        + " left join fetch m.responsibilities r left join fetch r.stakeholder where m.id = ?1", id)
                .singleResultOptional().orElseThrow(() -> ProblemException.notFound("Measure", id)));
        Measure.find("select m from Measure m left join fetch m.locations where m.id = ?1", id).singleResult();
        return measure;
    }

    @Transactional
    public MeasureRepresentation create(MeasureCreate request) {
        Measure measure = new Measure();
        measure.pillar = Pillar.<Pillar>findByIdOptional(request.pillarId())
                .orElseThrow(() -> ProblemException.invalid("pillarId", "no pillar has id " + request.pillarId()));
        measure.roadmap = measure.pillar.roadmap;
        requireFreeCode(measure.roadmap.id, request.code(), null);
        measure.code = request.code();
        measure.workingGroup = workingGroup(request.workingGroupId(), measure.pillar);
        measure.title = request.title();
        measure.description = request.description();
        measure.type = request.type();
        measure.level = request.level();
        measure.phase = request.phase();
        measure.priority = request.priority() == null ? Priority.MEDIUM : request.priority();
        measure.status = request.status() == null ? MeasureStatus.PROPOSED : request.status();
        measure.progressMode = request.progressMode() == null ? ProgressMode.MANUAL : request.progressMode();
        // a measure without actions has made no measurable progress yet
        measure.progress = measure.progressMode == ProgressMode.FROM_ACTIONS || request.progress() == null ? 0 : request.progress();
        measure.startDate = request.startDate();
        measure.dueDate = request.dueDate();
        requireDatesInOrder(measure);
        measure.visibility = request.visibility() == null ? Visibility.INTERNAL : request.visibility();
        measure.locations = locations(request.locationIds());
        List<MeasureResponsibility> responsibilities = responsibilities(measure, request.responsibilities());
        measure.persist();
        responsibilities.forEach(r -> r.persist());
        measure.responsibilities = responsibilities;
        measure.flush();
        MeasureRepresentation created = MeasureRepresentation.of(measure);
        audit.created(Measure.AUDIT_TYPE, measure.id, created);
        return created;
    }

    @Transactional
    public MeasureRepresentation update(long id, String ifMatch, MeasurePatch patch) {
        // a change of status or progress, the most frequent write, leaves the measure's institutions and places alone:
        // they are read as readers see them, in one statement, instead of as entities (docs/benchmarks.md)
        boolean ownColumnsOnly = patch.onlyStatusAndProgress();
        Measure measure = ownColumnsOnly ? require(id) : requireWhole(id);
        access.requireMayChange(measure, patch);
        Versions.requireMatch(ifMatch, measure.version);
        // read after the entity: a version committed in between makes this write's flush fail as stale, as it should
        MeasureRepresentation before = ownColumnsOnly ? reader.read(id) : MeasureRepresentation.of(measure);
        if (patch.pillarId() != null) {
            Pillar pillar = Pillar.findById(patch.pillarId());
            if (pillar == null || !pillar.roadmap.id.equals(measure.roadmap.id)) {
                throw ProblemException.invalid("pillarId", "no pillar of this roadmap has id " + patch.pillarId());
            }
            measure.pillar = pillar;
        }
        if (patch.workingGroupId() != null) {
            measure.workingGroup = patch.workingGroupId() == 0 ? null : workingGroup(patch.workingGroupId(), measure.pillar);
        } else if (patch.pillarId() != null && measure.workingGroup != null && !measure.workingGroup.covers(measure.pillar)) {
            throw ProblemException.invalid("pillarId", "the measure's working group does not take this pillar forward");
        }
        if (patch.code() != null) {
            requireFreeCode(measure.roadmap.id, patch.code(), id);
            measure.code = patch.code();
        }
        MeasureStatus statusBefore = measure.status;
        int progressBefore = measure.progress;
        applyFields(measure, patch);
        applyProgressMode(measure, patch);
        recordStatusChange(measure, patch, statusBefore, progressBefore);
        if (patch.locationIds() != null) {
            measure.locations = locations(patch.locationIds());
        }
        if (patch.responsibilities() != null) {
            replaceResponsibilities(measure, responsibilities(measure, patch.responsibilities()));
        }
        measure.touch();
        measure.flush();
        MeasureRepresentation after = ownColumnsOnly
                ? MeasureRepresentation.of(measure, before.responsibilities(), before.locations())
                : MeasureRepresentation.of(measure);
        audit.updated(Measure.AUDIT_TYPE, id, before, after);
        return after;
    }

    /**
     * Called after any write to a measure's actions: a measure whose progress comes from its actions takes the new
     * figure, with a timeline entry saying where it came from.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void actionsChanged(Measure measure) {
        if (measure.progressMode != ProgressMode.FROM_ACTIONS) {
            return;
        }
        Measure.flush();
        // actions of one measure finished at the same moment each derive its progress: the row lock makes them take
        // turns, and each then counts the others' committed changes instead of overwriting them with a stale figure
        Measure.getEntityManager().refresh(measure, LockModeType.PESSIMISTIC_WRITE);
        int derived = ActionProgress.of(measure);
        if (derived == measure.progress) {
            return;
        }
        MeasureRepresentation before = MeasureRepresentation.of(measure);
        int progressBefore = measure.progress;
        measure.progress = derived;
        measure.touch();
        MeasureStatusUpdate.record(measure, measure.status, progressBefore, "Progress derived from the measure's actions", null);
        measure.flush();
        audit.updated(Measure.AUDIT_TYPE, measure.id, before, MeasureRepresentation.of(measure));
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Measure measure = require(id);
        Versions.requireMatch(ifMatch, measure.version);
        Object[] usage = (Object[]) Measure.getEntityManager().createNativeQuery(
                        "select (select count(*) from action where measure_id = :id),"
                                + " (select count(*) from measure_dependency where measure_id = :id or predecessor_id = :id)"
                                + " + (select count(*) from risk_measure where measure_id = :id)"
                                + " + (select count(*) from support_need where measure_id = :id)"
                                + " + (select count(*) from indicator_measure where measure_id = :id)"
                                + " + (select count(*) from lesson_measure where measure_id = :id)")
                .setParameter("id", id).getSingleResult();
        long actions = ((Number) usage[0]).longValue();
        long dependencies = ((Number) usage[1]).longValue();
        if (actions + dependencies > 0) {
            throw ProblemException.conflict(measure.code + " still has " + actions + " action(s) and " + dependencies
                    + " dependencies, risk, support, indicator or lesson links; remove them first");
        }
        MeasureRepresentation before = MeasureRepresentation.of(measure);
        measure.responsibilities.forEach(MeasureResponsibility::delete);
        measure.delete();
        audit.deleted(Measure.AUDIT_TYPE, id, before);
    }

    private static void applyFields(Measure measure, MeasurePatch patch) {
        if (patch.title() != null) {
            measure.title = patch.title();
        }
        if (patch.description() != null) {
            measure.description = patch.description();
        }
        if (patch.type() != null) {
            measure.type = patch.type();
        }
        if (patch.level() != null) {
            measure.level = patch.level();
        }
        if (patch.phase() != null) {
            measure.phase = patch.phase();
        }
        if (patch.priority() != null) {
            measure.priority = patch.priority();
        }
        if (patch.status() != null) {
            measure.status = patch.status();
        }
        if (patch.progress() != null) {
            measure.progress = patch.progress();
        }
        if (patch.startDate() != null) {
            measure.startDate = patch.startDate();
        }
        if (patch.dueDate() != null) {
            measure.dueDate = patch.dueDate();
        }
        if (patch.visibility() != null) {
            measure.visibility = patch.visibility();
        }
        requireDatesInOrder(measure);
    }

    private static void applyProgressMode(Measure measure, MeasurePatch patch) {
        if (patch.progressMode() != null) {
            measure.progressMode = patch.progressMode();
        }
        if (measure.progressMode == ProgressMode.FROM_ACTIONS) {
            if (patch.progress() != null) {
                throw ProblemException.invalid("progress", Phrase.of("measure.progress.derived"));
            }
            measure.progress = ActionProgress.of(measure);
        }
    }

    /** A change of status or progress needs a note, which goes on the timeline; a note alone is a timeline entry too. */
    private static void recordStatusChange(Measure measure, MeasurePatch patch, MeasureStatus statusBefore, int progressBefore) {
        boolean changed = measure.status != statusBefore || measure.progress != progressBefore;
        if (changed && patch.note() == null) {
            throw ProblemException.invalid("note", Phrase.of("measure.note.required"));
        }
        if (patch.note() != null) {
            MeasureStatusUpdate.record(measure, statusBefore, progressBefore, patch.note().strip(), patch.evidenceUrl());
        }
    }

    private static void requireDatesInOrder(Measure measure) {
        if (measure.startDate != null && measure.dueDate != null && measure.dueDate.isBefore(measure.startDate)) {
            throw ProblemException.invalid("dueDate", "must not be before the start date " + measure.startDate);
        }
    }

    private static WorkingGroup workingGroup(Long id, Pillar pillar) {
        if (id == null) {
            return null;
        }
        WorkingGroup group = WorkingGroup.findById(id);
        if (group == null || !group.roadmap.id.equals(pillar.roadmap.id)) {
            throw ProblemException.invalid("workingGroupId", "no working group of this roadmap has id " + id);
        }
        if (!group.covers(pillar)) {
            throw ProblemException.invalid("workingGroupId", "working group " + group.code + " does not take pillar " + pillar.code + " forward");
        }
        return group;
    }

    private static Set<Location> locations(List<Long> ids) {
        return References.resolve(ids, "locationIds", "place", id -> Location.findById(id), (Location l) -> true);
    }

    /** Checks the whole set before anything is written: known institutions, each once, exactly one lead. */
    private static List<MeasureResponsibility> responsibilities(Measure measure, List<ResponsibilityAssignment> assignments) {
        List<Violation> violations = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<MeasureResponsibility> result = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            ResponsibilityAssignment assignment = assignments.get(i);
            Stakeholder stakeholder = Stakeholder.findById(assignment.stakeholderId());
            if (stakeholder == null) {
                violations.add(new Violation("responsibilities[" + i + "].stakeholderId", Phrase.of("stakeholder.unknown", assignment.stakeholderId())));
            } else if (!seen.add(stakeholder.id)) {
                violations.add(new Violation("responsibilities[" + i + "].stakeholderId", "is listed more than once"));
            } else {
                result.add(MeasureResponsibility.of(measure, stakeholder, assignment.role()));
            }
        }
        long leads = assignments.stream().filter(a -> a.role() == ResponsibilityRole.LEAD).count();
        if (leads != 1) {
            violations.add(new Violation("responsibilities", "must name exactly one LEAD institution (found " + leads + ")"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return result;
    }

    /** Delete then insert, flushed in that order, so that the one-lead index never sees two leads at once. */
    private static void replaceResponsibilities(Measure measure, List<MeasureResponsibility> replacement) {
        measure.responsibilities.forEach(MeasureResponsibility::delete);
        MeasureResponsibility.flush();
        replacement.forEach(r -> r.persist());
        measure.responsibilities = new ArrayList<>(replacement);
    }

    private static void requireFreeCode(long roadmapId, String code, Long self) {
        Measure.findByCode(roadmapId, code).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("The roadmap already has a measure with the code " + other.code);
        });
    }
}
