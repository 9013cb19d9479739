package iq.kharita.action;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Filters;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Sorting;
import iq.kharita.common.Versions;
import iq.kharita.common.problem.Phrase;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.security.Caller;
import iq.kharita.measure.Measure;
import iq.kharita.measure.MeasureService;
import iq.kharita.stakeholder.Stakeholder;
import iq.kharita.workinggroup.WorkingGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ActionService {

    private static final Map<String, String> SORTS = Map.of("dueDate", "a.dueDate", "status", "a.status",
            "updatedAt", "a.updatedAt", "measure", "lower(m.code)");
    private static final List<ActionStatus> OPEN = List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED);

    @Inject
    AuditTrail audit;

    @Inject
    ActionAccess access;

    @Inject
    MeasureService measures;

    @Inject
    Caller caller;

    public Page<ActionRepresentation> list(ActionQuery query, PageRequest page) {
        Filters filters = new Filters()
                .readableBy("m.visibility", caller.visibleLevelList())
                .equal("m.id", "measure", query.measureId())
                .equal("a.assignee.id", "assignee", query.assigneeId())
                .in("a.status", "statuses", query.statuses())
                .equal("m.workingGroup.id", "workingGroup", query.workingGroupId());
        if (query.mine()) {
            filters.add("lower(s.abbreviation) = lower(:institution)", "institution", String.valueOf(caller.institution()));
        }
        if (query.overdue() != null) {
            String overdue = "(a.dueDate < :today and a.status in :open)";
            filters.add(query.overdue() ? overdue : "not " + overdue, "today", LocalDate.now()).bind("open", OPEN);
        }
        return filters.page(Action.class, "select a from Action a join fetch a.measure m join fetch a.assignee s",
                        "select count(a) from Action a join a.measure m join a.assignee s", Sorting.orderBy(query.sort(), SORTS, "a"), page)
                .map(ActionRepresentation::of);
    }

    public Action require(long id) {
        Action action = Action.<Action>find("from Action a join fetch a.measure join fetch a.assignee where a.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Action", id));
        access.requireVisible(action);
        return action;
    }

    @Transactional
    public ActionRepresentation create(ActionCreate request) {
        Measure measure = measures.find(request.measureId())
                .orElseThrow(() -> ProblemException.invalid("measureId", Phrase.of("measure.unknown", request.measureId())));
        access.requireMayManage(measure);
        Action action = new Action();
        action.measure = measure;
        action.title = request.title();
        action.assignee = memberOf(measure, request.assigneeStakeholderId());
        action.focalPoint = request.focalPoint();
        action.dueDate = request.dueDate();
        action.status = request.status() == null ? ActionStatus.NOT_STARTED : request.status();
        action.note = request.note();
        action.persist();
        action.flush();
        ActionRepresentation created = ActionRepresentation.of(action);
        audit.created(Action.AUDIT_TYPE, action.id, created);
        measures.actionsChanged(measure);
        return created;
    }

    @Transactional
    public ActionRepresentation update(long id, String ifMatch, ActionPatch patch) {
        Action action = require(id);
        access.requireMayUpdate(action, patch);
        Versions.requireMatch(ifMatch, action.version);
        ActionRepresentation before = ActionRepresentation.of(action);
        if (patch.title() != null) {
            action.title = patch.title();
        }
        if (patch.assigneeStakeholderId() != null) {
            action.assignee = memberOf(action.measure, patch.assigneeStakeholderId());
        }
        if (patch.focalPoint() != null) {
            action.focalPoint = patch.focalPoint().isBlank() ? null : patch.focalPoint();
        }
        if (patch.dueDate() != null) {
            action.dueDate = patch.dueDate();
        }
        if (patch.status() != null) {
            action.status = patch.status();
        }
        if (patch.note() != null) {
            action.note = patch.note();
        }
        action.touch();
        action.flush();
        ActionRepresentation after = ActionRepresentation.of(action);
        audit.updated(Action.AUDIT_TYPE, id, before, after);
        measures.actionsChanged(action.measure);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Action action = require(id);
        access.requireMayManage(action.measure);
        Versions.requireMatch(ifMatch, action.version);
        ActionRepresentation before = ActionRepresentation.of(action);
        Measure measure = action.measure;
        action.delete();
        audit.deleted(Action.AUDIT_TYPE, id, before);
        measures.actionsChanged(measure);
    }

    /** The assignee must lead or be a member of the measure's working group, when the measure has one. */
    private static Stakeholder memberOf(Measure measure, long stakeholderId) {
        Stakeholder stakeholder = Stakeholder.<Stakeholder>findByIdOptional(stakeholderId)
                .orElseThrow(() -> ProblemException.invalid("assigneeStakeholderId", Phrase.of("stakeholder.unknown", stakeholderId)));
        WorkingGroup group = measure.workingGroup;
        if (group != null && !group.lead.id.equals(stakeholder.id) && group.members.stream().noneMatch(m -> m.id.equals(stakeholder.id))) {
            throw ProblemException.invalid("assigneeStakeholderId", Phrase.of("action.assignee.not-member", stakeholder.abbreviation, group.code));
        }
        return stakeholder;
    }
}
