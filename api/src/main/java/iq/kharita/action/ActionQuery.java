package iq.kharita.action;

import java.util.List;

/** The filters of the action list, already parsed. */
public record ActionQuery(Long measureId, Long assigneeId, List<ActionStatus> statuses, Long workingGroupId, Boolean overdue,
                          boolean mine, String sort) {
}
