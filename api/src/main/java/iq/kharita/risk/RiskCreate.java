package iq.kharita.risk;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import iq.kharita.common.Visibility;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "RiskCreate")
public record RiskCreate(
        @NotNull Long roadmapId,
        @NotNull RiskKind kind,
        @NotNull RiskCategory category,
        @NotNull @Bilingual I18nText title,
        @Bilingual(max = 4000) I18nText description,
        @NotNull @Min(1) @Max(5) Integer likelihood,
        @NotNull @Min(1) @Max(5) Integer impact,
        @Bilingual(max = 4000) I18nText mitigation,
        Long ownerStakeholderId,
        LocalDate reviewDate,
        @Schema(description = "OPEN when left out") RiskStatus status,
        @Schema(description = "RESTRICTED for security-related categories when left out, INTERNAL otherwise") Visibility visibility,
        @Size(max = 100) @Schema(description = "Ids of measures of the same roadmap") List<@NotNull Long> measureIds) {
}
