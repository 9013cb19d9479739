package iq.kharita.measure;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import iq.kharita.common.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A partial change; a field left out (or null) keeps its value; a list sent replaces the whole list. */
@Schema(name = "MeasurePatch")
public record MeasurePatch(
        @Schema(description = "Move to another pillar of the same roadmap") Long pillarId,
        @Schema(description = "Id of the owning working group; 0 removes it") Long workingGroupId,
        @Size(min = 1, max = 20) @Pattern(regexp = MeasureCreate.CODE, message = "{kharita.code.capitals}") String code,
        @Bilingual I18nText title,
        @Bilingual(max = 4000) I18nText description,
        MeasureType type,
        MeasureLevel level,
        Phase phase,
        Priority priority,
        MeasureStatus status,
        @Min(0) @Max(100) @Schema(description = "Only in MANUAL progress mode") Integer progress,
        ProgressMode progressMode,
        @Size(min = 1, max = 4000) @Schema(description = "Required when status or progress changes: why; it goes on the measure's timeline") String note,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{kharita.url}") @Schema(description = "Link to minutes or another document") String evidenceUrl,
        LocalDate startDate,
        LocalDate dueDate,
        Visibility visibility,
        @Size(max = 100) List<@NotNull Long> locationIds,
        @Size(min = 1, max = 50) List<@Valid @NotNull ResponsibilityAssignment> responsibilities) {

    /** True when the patch touches nothing but status and progress (and their note): what a working group lead may change. */
    public boolean onlyStatusAndProgress() {
        return progressMode == null && pillarId == null && workingGroupId == null && code == null && title == null && description == null
                && type == null && level == null && phase == null && priority == null && startDate == null
                && dueDate == null && visibility == null && locationIds == null && responsibilities == null;
    }
}
