package iq.kharita.location;

import iq.kharita.common.I18nText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "Location", requiredProperties = {"id", "level", "name", "country", "pilot"}, description = "A governorate, district, sub-district or site. Names and codes: Open Admin Data, CC-BY-4.0.")
public record LocationRepresentation(
        long id,
        @Schema(description = "OCHA-style P-code; absent for places the source lacks", examples = "IQG16Q02") String pcode,
        @Schema(description = "ISO 3166-2 code, governorates only", examples = "IQ-SD") String isoCode,
        LocationLevel level,
        I18nText name,
        Long parentId,
        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "IQ") String country,
        BigDecimal latitude,
        BigDecimal longitude,
        @Schema(description = "A pilot place of the roadmap") boolean pilot,
        String note) {

    public static LocationRepresentation of(Location location) {
        return new LocationRepresentation(location.id, location.pcode, location.isoCode, location.level, location.name,
                location.parent == null ? null : location.parent.id, location.country, location.latitude,
                location.longitude, location.pilot, location.note);
    }
}
