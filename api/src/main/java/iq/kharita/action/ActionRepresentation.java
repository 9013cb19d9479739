package iq.kharita.action;

import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import iq.kharita.stakeholder.StakeholderRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Action", description = "A concrete step under a measure, assigned to an institution",
        requiredProperties = {"id", "measureId", "measureCode", "title", "assignee", "status", "overdue", "tracking"})
public record ActionRepresentation(
        long id,
        long measureId,
        @Schema(examples = "DOC-02") String measureCode,
        I18nText title,
        @Schema(description = "The institution that carries the action out") StakeholderRef assignee,
        @Schema(description = "Username of the focal point following it, if named", examples = "focal-moi") String focalPoint,
        LocalDate dueDate,
        ActionStatus status,
        String note,
        @Schema(description = "Open and past its due date") boolean overdue,
        Tracking tracking) {

    public static ActionRepresentation of(Action action) {
        return new ActionRepresentation(action.id, action.measure.id, action.measure.code, action.title, StakeholderRef.of(action.assignee),
                action.focalPoint, action.dueDate, action.status, action.note, action.isOverdue(LocalDate.now()), Tracking.of(action));
    }
}
