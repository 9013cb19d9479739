package iq.kharita.workspace;

import iq.kharita.action.ActionRepresentation;
import iq.kharita.common.I18nText;
import iq.kharita.measure.MeasureStatus;
import iq.kharita.stakeholder.StakeholderRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Workspace", description = "A working group's week: its measures, open actions per institution, what is overdue",
        requiredProperties = {"workingGroupId", "code", "name", "measures", "institutions", "overdueActions"})
public record WorkspaceRepresentation(
        long workingGroupId,
        String code,
        I18nText name,
        List<MeasureLine> measures,
        @Schema(description = "Open and overdue actions per assignee institution, most overdue first") List<InstitutionLoad> institutions,
        @Schema(description = "Open actions past their due date, oldest first") List<ActionRepresentation> overdueActions) {

    @Schema(name = "WorkspaceMeasure", requiredProperties = {"id", "code", "title", "status", "progress", "overdue", "openActions"})
    public record MeasureLine(long id, String code, I18nText title, MeasureStatus status, int progress, LocalDate dueDate,
                              boolean overdue, long openActions) {
    }

    @Schema(name = "InstitutionLoad", requiredProperties = {"institution", "open", "overdue"})
    public record InstitutionLoad(StakeholderRef institution, long open, long overdue) {
    }
}
