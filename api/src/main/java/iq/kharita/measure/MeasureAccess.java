package iq.kharita.measure;

import io.quarkus.security.ForbiddenException;
import iq.kharita.common.Visibility;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.security.Caller;
import iq.kharita.common.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * Every object-level rule about measures, in one place, run on every read and write: what the caller may see
 * (visibility) and which measures a working group lead may change (those owned by their group: status and progress).
 * A measure the caller may not see answers 404, as if it did not exist, so that its existence does not leak.
 */
@RequestScoped
public class MeasureAccess {

    @Inject
    Caller caller;

    public List<Visibility> readableLevels() {
        return caller.visibleLevelList();
    }

    public Measure requireVisible(Measure measure) {
        requireVisible(measure.id, measure.visibility);
        return measure;
    }

    public void requireVisible(long measureId, Visibility visibility) {
        if (!caller.mayRead(visibility)) {
            throw ProblemException.notFound("Measure", measureId);
        }
    }

    /**
     * Everything about the caller that decides which cards of a board they see and which of those they may move: two
     * callers with the same reader get the same board.
     */
    public BoardReader boardReader() {
        boolean ccpc = caller.isCcpc();
        return new BoardReader(Set.copyOf(caller.visibleLevels()), ccpc,
                !ccpc && caller.has(Roles.WG_LEAD) ? Set.copyOf(caller.workingGroups()) : Set.of());
    }

    public record BoardReader(Set<Visibility> readable, boolean ccpc, Set<String> ledGroups) {
    }

    /** Whether the caller may change the status of this measure: what a board offers, by the same rule as requireMayChange. */
    public boolean mayChangeStatus(Visibility visibility, String workingGroupCode) {
        if (!caller.mayRead(visibility)) {
            return false;
        }
        return caller.isCcpc() || caller.has(Roles.WG_LEAD) && workingGroupCode != null && caller.workingGroups().contains(workingGroupCode);
    }

    public void requireMayChange(Measure measure, MeasurePatch patch) {
        requireVisible(measure);
        if (caller.isCcpc()) {
            return;
        }
        if (!caller.has(Roles.WG_LEAD)) {
            throw new ForbiddenException("Your role may not change measures");
        }
        if (measure.workingGroup == null || !caller.workingGroups().contains(measure.workingGroup.code)) {
            throw new ForbiddenException("Only the lead of the working group that owns " + measure.code + " may change it");
        }
        if (!patch.onlyStatusAndProgress()) {
            throw new ForbiddenException("Working group leads may change the status and progress of their group's measures; other fields are kept by the CCPC");
        }
    }
}
