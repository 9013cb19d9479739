package iq.kharita.indicator;

import io.quarkus.security.Authenticated;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Versions;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.INDICATORS)
public class MeasurementResource {

    @Inject
    MeasurementService measurements;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listMeasurements", summary = "An indicator's values, newest period first")
    public Page<IndicatorRepresentations.MeasurementView> list(
            @QueryParam("indicator") @NotNull @Parameter(description = "Id of an indicator", required = true) Long indicator,
            @QueryParam("location") @Size(max = 20) @Parameter(description = "P-code of a governorate or district") String location,
            @Valid @BeanParam PageRequest page) {
        return measurements.list(indicator, location, page);
    }

    @POST
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.FOCAL_POINT, Roles.PARTNER})
    @Operation(operationId = "createMeasurement", summary = "Report an indicator's value for a period, nationally or for a place")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorRepresentations.MeasurementView.class)))
    public Response create(@Valid @NotNull IndicatorRepresentations.MeasurementCreate body, @Context UriInfo uri) {
        IndicatorRepresentations.MeasurementView created = measurements.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.FOCAL_POINT, Roles.PARTNER})
    @Operation(operationId = "updateMeasurement", summary = "Correct a reported value")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorRepresentations.MeasurementView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull IndicatorRepresentations.MeasurementPatch body) {
        IndicatorRepresentations.MeasurementView updated = measurements.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }
}
