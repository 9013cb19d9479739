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

/** A partial change; a field left out (or null) keeps its value; a list sent replaces the whole list. */
@Schema(name = "RiskPatch")
public record RiskPatch(
        RiskKind kind,
        RiskCategory category,
        @Bilingual I18nText title,
        @Bilingual(max = 4000) I18nText description,
        @Min(1) @Max(5) Integer likelihood,
        @Min(1) @Max(5) Integer impact,
        @Bilingual(max = 4000) I18nText mitigation,
        @Schema(description = "0 removes the owner") Long ownerStakeholderId,
        LocalDate reviewDate,
        RiskStatus status,
        Visibility visibility,
        @Size(max = 100) List<@NotNull Long> measureIds) {
}
