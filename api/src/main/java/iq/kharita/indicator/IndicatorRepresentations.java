package iq.kharita.indicator;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import iq.kharita.common.Visibility;
import iq.kharita.location.LocationRef;
import iq.kharita.stakeholder.StakeholderRef;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What goes over the wire for indicators and their measurements. */
public final class IndicatorRepresentations {

    static final String PERIOD = "[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?";

    private IndicatorRepresentations() {
    }

    @Schema(name = "Indicator", requiredProperties = {"id", "roadmapId", "code", "name", "unit", "direction", "baselineValue",
            "targetValue", "visibility", "measures", "byLocation", "tracking"})
    public record View(
            long id,
            long roadmapId,
            @Schema(examples = "IND-DOC-02") String code,
            I18nText name,
            IndicatorUnit unit,
            Direction direction,
            BigDecimal baselineValue,
            LocalDate baselineDate,
            BigDecimal targetValue,
            LocalDate targetDate,
            @Schema(description = "The institution that reports the measurements") StakeholderRef reporter,
            Visibility visibility,
            @Schema(description = "Linked measures the reader may see") List<MeasureLink> measures,
            @Schema(description = "Latest national value (measurement without a place)") Reading latest,
            @Schema(description = "Share of the way from baseline to target of the latest national value, 0 to 100") Integer progress,
            @Schema(description = "Latest value in each place measured") List<Reading> byLocation,
            Tracking tracking) {
    }

    @Schema(name = "IndicatorMeasureLink", requiredProperties = {"id", "code"})
    public record MeasureLink(long id, String code) {
    }

    @Schema(name = "IndicatorReading", requiredProperties = {"period", "value", "progress"})
    public record Reading(String period, BigDecimal value, LocationRef location, int progress) {
    }

    @Schema(name = "IndicatorCreate")
    public record Create(
            @NotNull Long roadmapId,
            @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Z0-9-]+", message = "{kharita.code.capitals}") String code,
            @NotNull @Bilingual I18nText name,
            @NotNull IndicatorUnit unit,
            @NotNull Direction direction,
            @NotNull @Digits(integer = 12, fraction = 4) BigDecimal baselineValue,
            LocalDate baselineDate,
            @NotNull @Digits(integer = 12, fraction = 4) BigDecimal targetValue,
            LocalDate targetDate,
            Long reporterStakeholderId,
            @Schema(description = "PUBLIC when left out: indicators are aggregate figures") Visibility visibility,
            @Size(max = 50) List<@NotNull Long> measureIds) {
    }

    @Schema(name = "IndicatorPatch", description = "A partial change; a field left out (or null) keeps its value")
    public record Patch(
            @Bilingual I18nText name,
            Direction direction,
            @Digits(integer = 12, fraction = 4) BigDecimal baselineValue,
            LocalDate baselineDate,
            @Digits(integer = 12, fraction = 4) BigDecimal targetValue,
            LocalDate targetDate,
            @Schema(description = "0 removes the reporter") Long reporterStakeholderId,
            Visibility visibility,
            @Size(max = 50) List<@NotNull Long> measureIds) {
    }

    @Schema(name = "Measurement", requiredProperties = {"id", "indicatorId", "period", "value", "tracking"})
    public record MeasurementView(long id, long indicatorId, String period, BigDecimal value, LocationRef location, String note, Tracking tracking) {

        static MeasurementView of(Measurement measurement) {
            return new MeasurementView(measurement.id, measurement.indicator.id, measurement.period, measurement.value,
                    measurement.location == null ? null : LocationRef.of(measurement.location), measurement.note, Tracking.of(measurement));
        }
    }

    @Schema(name = "MeasurementCreate")
    public record MeasurementCreate(
            @NotNull Long indicatorId,
            @NotNull @Pattern(regexp = PERIOD, message = "{kharita.period}") @Schema(examples = "2026-11") String period,
            @NotNull @DecimalMin("-999999999999") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 4) BigDecimal value,
            @Size(max = 20) @Schema(description = "P-code of a governorate or district; absent for a national figure", examples = "IQG16Q02") String locationPcode,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "MeasurementPatch")
    public record MeasurementPatch(
            @DecimalMin("-999999999999") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 4) BigDecimal value,
            @Size(max = 2000) String note) {
    }
}
