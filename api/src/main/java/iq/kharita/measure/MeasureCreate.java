package iq.kharita.measure;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import iq.kharita.common.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "MeasureCreate")
public record MeasureCreate(
        @NotNull @Schema(description = "Id of the pillar; the measure belongs to the pillar's roadmap") Long pillarId,
        @Schema(description = "Id of the working group that owns the measure; it must take the pillar forward") Long workingGroupId,
        @NotBlank @Size(max = 20) @Pattern(regexp = MeasureCreate.CODE, message = "{kharita.code.capitals}") @Schema(examples = "DOC-02") String code,
        @NotNull @Bilingual I18nText title,
        @Bilingual(max = 4000) I18nText description,
        @NotNull MeasureType type,
        @NotNull MeasureLevel level,
        @NotNull Phase phase,
        @Schema(description = "MEDIUM when left out") Priority priority,
        @Schema(description = "PROPOSED when left out") MeasureStatus status,
        @Min(0) @Max(100) @Schema(description = "0 when left out") Integer progress,
        @Schema(description = "MANUAL when left out") ProgressMode progressMode,
        LocalDate startDate,
        LocalDate dueDate,
        @Schema(description = "INTERNAL when left out, so that nothing is published by accident") Visibility visibility,
        @Size(max = 100) @Schema(description = "Ids of the places the measure covers") List<@NotNull Long> locationIds,
        @NotEmpty @Size(max = 50) @Schema(description = "The institutions with a part; exactly one LEAD")
        List<@Valid @NotNull ResponsibilityAssignment> responsibilities) {

    static final String CODE = "[A-Z0-9-]+";
}
