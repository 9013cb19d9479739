package iq.kharita.lesson;

import io.quarkus.security.ForbiddenException;
import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Filters;
import iq.kharita.common.Page;
import iq.kharita.common.References;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Versions;
import iq.kharita.common.Visibility;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.security.Caller;
import iq.kharita.location.Location;
import iq.kharita.measure.Measure;
import iq.kharita.pillar.Pillar;
import iq.kharita.roadmap.RoadmapService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Lessons and good practices. Published ones are read at their visibility level; drafts and submissions only by
 * their author and the CCPC. Authors edit and submit their drafts; the CCPC publishes or sends back.
 */
@ApplicationScoped
public class LessonService {

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    RoadmapService roadmaps;

    public Page<LessonRepresentations.View> list(Long roadmapId, Long measureId, Long pillarId, List<Long> locationIds, List<LessonKind> kinds,
                                                 List<LessonStatus> statuses, String q, PageRequest page) {
        Filters filters = new Filters()
                .readableBy("l.visibility", caller.visibleLevelList())
                .equal("l.roadmap.id", "roadmap", roadmapId)
                .matching("exists (select 1 from l.measures m where m.id = :measure)", "measure", measureId)
                .matching("exists (select 1 from l.pillars p where p.id = :pillar)", "pillar", pillarId)
                .matching("exists (select 1 from l.locations x where x.id in :locations)", "locations", locationIds)
                .in("l.kind", "kinds", kinds)
                .in("l.status", "statuses", statuses)
                .text("l.searchText", "q", q);
        if (!caller.isCcpc()) {
            filters.add("(l.status = :published or l.author = :me)", "published", LessonStatus.PUBLISHED).bind("me", caller.name());
        }
        Set<Visibility> levels = caller.visibleLevels();
        return filters.page(Lesson.class, "select l from Lesson l", "select count(l) from Lesson l", " order by l.updatedAt desc, l.id desc", page)
                .map(lesson -> LessonRepresentations.View.of(lesson, levels));
    }

    public Lesson require(long id) {
        Lesson lesson = Lesson.<Lesson>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Lesson", id));
        boolean reviewable = lesson.status == LessonStatus.PUBLISHED || caller.isCcpc() || lesson.author.equals(caller.name());
        if (!caller.mayRead(lesson.visibility) || !reviewable) {
            throw ProblemException.notFound("Lesson", id);
        }
        return lesson;
    }

    public LessonRepresentations.View view(Lesson lesson) {
        return LessonRepresentations.View.of(lesson, caller.visibleLevels());
    }

    @Transactional
    public LessonRepresentations.View create(LessonRepresentations.Create request) {
        Lesson lesson = new Lesson();
        lesson.roadmap = roadmaps.find(request.roadmapId())
                .orElseThrow(() -> ProblemException.invalid("roadmapId", "no roadmap has id " + request.roadmapId()));
        lesson.kind = request.kind();
        lesson.title = request.title();
        lesson.body = request.body();
        lesson.status = LessonStatus.DRAFT;
        lesson.visibility = request.visibility() == null ? Visibility.INTERNAL : request.visibility();
        lesson.author = caller.name();
        tag(lesson, request.measureIds(), request.pillarIds(), request.locationIds());
        lesson.persist();
        lesson.flush();
        LessonRepresentations.View created = LessonRepresentations.View.of(lesson, Set.of(Visibility.values()));
        audit.created(Lesson.AUDIT_TYPE, lesson.id, created);
        return view(lesson);
    }

    @Transactional
    public LessonRepresentations.View update(long id, String ifMatch, LessonRepresentations.Patch patch) {
        Lesson lesson = require(id);
        boolean author = lesson.author.equals(caller.name());
        boolean editsContent = patch.kind() != null || patch.title() != null || patch.body() != null || patch.visibility() != null
                || patch.measureIds() != null || patch.pillarIds() != null || patch.locationIds() != null;
        if (!caller.isCcpc() && !(author && lesson.status == LessonStatus.DRAFT && editsContent)
                && !(author && patch.status() != null && !editsContent)) {
            throw new ForbiddenException("Only the author edits a draft; once submitted, the CCPC reviews it");
        }
        Versions.requireMatch(ifMatch, lesson.version);
        LessonRepresentations.View before = LessonRepresentations.View.of(lesson, Set.of(Visibility.values()));
        if (patch.status() != null && patch.status() != lesson.status) {
            lesson.status = nextStatus(lesson.status, patch.status(), author);
        }
        if (patch.kind() != null) {
            lesson.kind = patch.kind();
        }
        if (patch.title() != null) {
            lesson.title = patch.title();
        }
        if (patch.body() != null) {
            lesson.body = patch.body();
        }
        if (patch.visibility() != null) {
            lesson.visibility = patch.visibility();
        }
        tag(lesson, patch.measureIds(), patch.pillarIds(), patch.locationIds());
        lesson.touch();
        lesson.flush();
        audit.updated(Lesson.AUDIT_TYPE, id, before, LessonRepresentations.View.of(lesson, Set.of(Visibility.values())));
        return view(lesson);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Lesson lesson = require(id);
        if (!caller.isCcpc() && !(lesson.author.equals(caller.name()) && lesson.status == LessonStatus.DRAFT)) {
            throw new ForbiddenException("Only the author deletes a draft; published lessons are kept by the CCPC");
        }
        Versions.requireMatch(ifMatch, lesson.version);
        LessonRepresentations.View before = LessonRepresentations.View.of(lesson, Set.of(Visibility.values()));
        lesson.delete();
        audit.deleted(Lesson.AUDIT_TYPE, id, before);
    }

    private LessonStatus nextStatus(LessonStatus from, LessonStatus to, boolean author) {
        boolean allowed = switch (to) {
            case SUBMITTED -> from == LessonStatus.DRAFT && (author || caller.isCcpc());
            case PUBLISHED -> from == LessonStatus.SUBMITTED && caller.isCcpc();
            case DRAFT -> (from == LessonStatus.SUBMITTED && (author || caller.isCcpc())) || (from == LessonStatus.PUBLISHED && caller.isCcpc());
        };
        if (!allowed) {
            if ((to == LessonStatus.PUBLISHED || from == LessonStatus.PUBLISHED) && !caller.isCcpc()) {
                throw new ForbiddenException("The CCPC publishes lessons");
            }
            throw ProblemException.conflict("A lesson goes " + from + " → " + to + " only through the review: draft, submitted, published");
        }
        return to;
    }

    private static void tag(Lesson lesson, List<Long> measureIds, List<Long> pillarIds, List<Long> locationIds) {
        long roadmap = lesson.roadmap.id;
        if (measureIds != null) {
            lesson.measures = References.resolve(measureIds, "measureIds", "measure of this roadmap", id -> Measure.findById(id),
                    (Measure m) -> m.roadmap.id.equals(roadmap));
        }
        if (pillarIds != null) {
            lesson.pillars = References.resolve(pillarIds, "pillarIds", "pillar of this roadmap", id -> Pillar.findById(id),
                    (Pillar p) -> p.roadmap.id.equals(roadmap));
        }
        if (locationIds != null) {
            lesson.locations = References.resolve(locationIds, "locationIds", "place", id -> Location.findById(id), (Location l) -> true);
        }
    }
}
