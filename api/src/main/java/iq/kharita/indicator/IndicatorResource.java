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
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.INDICATORS)
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listIndicators", summary = "Indicators with their latest values and progress towards target")
    public Page<IndicatorRepresentations.View> list(
            @QueryParam("roadmap") @Parameter(description = "Id of a roadmap") Long roadmap,
            @QueryParam("measure") @Parameter(description = "Id of a linked measure") Long measure,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Part of the code or name") String q,
            @Valid @BeanParam PageRequest page) {
        return indicators.list(roadmap, measure, q, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getIndicator", summary = "Read one indicator")
    @APIResponse(responseCode = "200", description = "The indicator", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorRepresentations.View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        IndicatorRepresentations.View indicator = indicators.get(id);
        return Versions.read(request, indicator, indicator.tracking().version());
    }

    @POST
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "createIndicator", summary = "Define an indicator with its baseline and target")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorRepresentations.View.class)))
    public Response create(@Valid @NotNull IndicatorRepresentations.Create body, @Context UriInfo uri) {
        IndicatorRepresentations.View created = indicators.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "updateIndicator", summary = "Change an indicator")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorRepresentations.View.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull IndicatorRepresentations.Patch body) {
        IndicatorRepresentations.View updated = indicators.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "deleteIndicator", summary = "Delete an indicator that has no measurements")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        indicators.delete(id, ifMatch);
    }
}
