package iq.kharita.support;

import io.quarkus.security.Authenticated;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.QueryParams;
import iq.kharita.common.Versions;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/support-needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.SUPPORT)
public class SupportNeedResource {

    @Inject
    SupportService support;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listSupportNeeds", summary = "Technical support needs with their pledges and gaps")
    public Page<SupportRepresentations.Need> list(
            @QueryParam("roadmap") @Parameter(description = "Id of a roadmap") Long roadmap,
            @QueryParam("measure") @Parameter(description = "Id of a measure") Long measure,
            @QueryParam("type") @Parameter(description = "One or more types", schema = @Schema(type = SchemaType.ARRAY, implementation = SupportType.class)) List<String> type,
            @QueryParam("status") @Parameter(description = "One or more statuses", schema = @Schema(type = SchemaType.ARRAY, implementation = SupportStatus.class)) List<String> status,
            @QueryParam("provider") @Parameter(description = "Id of the providing institution") Long provider,
            @Valid @BeanParam PageRequest page) {
        return support.list(roadmap, measure, QueryParams.anyOf(SupportType.class, type, "type"),
                QueryParams.anyOf(SupportStatus.class, status, "status"), provider, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getSupportNeed", summary = "Read one support need")
    @APIResponse(responseCode = "200", description = "The need", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportRepresentations.Need.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        SupportNeed need = support.require(id);
        return Versions.read(request, SupportRepresentations.Need.of(need), need.version);
    }

    @POST
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "createSupportNeed", summary = "Record a technical support need of a measure")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportRepresentations.Need.class)))
    public Response create(@Valid @NotNull SupportRepresentations.NeedCreate body, @Context UriInfo uri) {
        SupportRepresentations.Need created = support.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "updateSupportNeed", summary = "Change a support need: provider, status, cost")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportRepresentations.Need.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull SupportRepresentations.NeedPatch body) {
        SupportRepresentations.Need updated = support.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "deleteSupportNeed", summary = "Delete a support need without pledges")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        support.delete(id, ifMatch);
    }
}
