package iq.kharita.location;

import iq.kharita.common.QueryParams;
import iq.kharita.common.Filters;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Sorting;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import io.quarkus.security.Authenticated;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/api/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.LOCATIONS)
public class LocationResource {

    private static final Map<String, String> SORTS = Map.of(
            "pcode", "l.pcode", "nameEn", "l.name.en", "nameAr", "l.name.ar", "level", "l.level");

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listLocations", summary = "List places of the gazetteer")
    public Page<LocationRepresentation> list(
            @QueryParam("level") @Parameter(description = "Administrative level", schema = @Schema(implementation = LocationLevel.class)) String level,
            @QueryParam("parent") @Parameter(description = "P-code of the parent place", example = "IQG16") String parent,
            @QueryParam("pilot") @Parameter(description = "true: only pilot places; false: only others", schema = @Schema(type = SchemaType.BOOLEAN)) String pilot,
            @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2 code") String country,
            @QueryParam("q") @Parameter(description = "Text in English or Arabic, or a P-code") String q,
            @QueryParam("sort") @Parameter(description = "pcode, nameEn, nameAr or level; prefix - for descending") String sort,
            @Valid @BeanParam PageRequest page) {
        Filters filters = new Filters()
                .equal("l.level", "level", QueryParams.oneOf(LocationLevel.class, level, "level"))
                .equal("l.pilot", "pilot", QueryParams.flag(pilot, "pilot"))
                .equal("upper(l.country)", "country", country == null ? null : country.toUpperCase(java.util.Locale.ROOT))
                .text("l.searchText", "q", q);
        if (parent != null && !parent.isBlank()) {
            Location parentLocation = Location.findByPcode(parent.strip())
                    .orElseThrow(() -> ProblemException.invalid("parent", "no place has this P-code"));
            filters.equal("l.parent.id", "parent", parentLocation.id);
        }
        return filters.page(Location.class, "select l from Location l", "select count(l) from Location l",
                        Sorting.orderBy(sort, SORTS, "l"), page)
                .map(LocationRepresentation::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getLocation", summary = "Read one place")
    public LocationRepresentation get(@PathParam("id") long id) {
        return Location.<Location>findByIdOptional(id).map(LocationRepresentation::of)
                .orElseThrow(() -> ProblemException.notFound("Location", id));
    }
}
