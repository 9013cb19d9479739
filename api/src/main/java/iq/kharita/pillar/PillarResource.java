package iq.kharita.pillar;

import iq.kharita.common.Versions;
import iq.kharita.common.api.ApiTags;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import io.quarkus.security.Authenticated;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.List;

@Path("/api/v1/pillars")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PILLARS)
public class PillarResource {

    @Inject
    PillarService pillars;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listPillars", summary = "The pillars of a roadmap, in their order")
    public List<PillarRepresentation> list(
            @QueryParam("roadmap") @NotNull @Parameter(description = "Id of the roadmap", required = true) Long roadmap) {
        return pillars.list(roadmap);
    }

    @POST
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "createPillar", summary = "Add a pillar to a roadmap")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PillarRepresentation.class)))
    public Response create(@Valid @NotNull PillarCreate body, @Context UriInfo uri) {
        PillarRepresentation created = pillars.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getPillar", summary = "Read one pillar")
    @APIResponse(responseCode = "200", description = "The pillar", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PillarRepresentation.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Pillar pillar = pillars.require(id);
        return Versions.read(request, PillarRepresentation.of(pillar), pillar.version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "updatePillar", summary = "Change a pillar")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PillarRepresentation.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull PillarPatch body) {
        PillarRepresentation updated = pillars.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "deletePillar", summary = "Delete a pillar that has no measures")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        pillars.delete(id, ifMatch);
    }
}
