package iq.kharita.location;

import iq.kharita.common.I18nText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place named inside another representation (a measure's locations). */
@Schema(name = "LocationRef", requiredProperties = {"id", "level", "name"})
public record LocationRef(long id, String pcode, LocationLevel level, I18nText name) {

    public static LocationRef of(Location location) {
        return new LocationRef(location.id, location.pcode, location.level, location.name);
    }
}
