package iq.kharita.action;

import io.quarkus.security.ForbiddenException;
import iq.kharita.common.security.Caller;
import iq.kharita.common.security.Roles;
import iq.kharita.measure.Measure;
import iq.kharita.measure.MeasureAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may do what with actions, in one place: CCPC and the lead of the measure's working group manage them; the
 * assignee institution's focal points and partner systems update the status and note of their own actions.
 * An action is as visible as its measure.
 */
@RequestScoped
public class ActionAccess {

    @Inject
    Caller caller;

    @Inject
    MeasureAccess measures;

    public void requireVisible(Action action) {
        measures.requireVisible(action.measure);
    }

    public void requireMayManage(Measure measure) {
        measures.requireVisible(measure);
        if (!leadsOrCcpc(measure)) {
            throw new ForbiddenException("Only the CCPC and the lead of the working group that owns " + measure.code + " manage its actions");
        }
    }

    public void requireMayUpdate(Action action, ActionPatch patch) {
        requireVisible(action);
        if (leadsOrCcpc(action.measure)) {
            return;
        }
        boolean assignee = (caller.has(Roles.FOCAL_POINT) || caller.has(Roles.PARTNER))
                && action.assignee.abbreviation.equalsIgnoreCase(String.valueOf(caller.institution()));
        if (!assignee) {
            throw new ForbiddenException("This action is assigned to " + action.assignee.abbreviation + ", not to your institution");
        }
        if (!patch.onlyStatusAndNote()) {
            throw new ForbiddenException("The assignee updates the status and note; the working group lead changes the rest");
        }
    }

    private boolean leadsOrCcpc(Measure measure) {
        return caller.isCcpc() || (caller.has(Roles.WG_LEAD) && measure.workingGroup != null
                && caller.workingGroups().contains(measure.workingGroup.code));
    }
}
