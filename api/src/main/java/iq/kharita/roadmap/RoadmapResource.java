package iq.kharita.roadmap;

import iq.kharita.common.QueryParams;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Versions;
import iq.kharita.common.api.ApiTags;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/roadmaps")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.ROADMAPS)
public class RoadmapResource {

    @Inject
    RoadmapService roadmaps;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listRoadmaps", summary = "List roadmaps")
    public Page<RoadmapRepresentation> list(
            @QueryParam("status") @Parameter(description = "One or more lifecycle statuses", schema = @Schema(type = SchemaType.ARRAY, implementation = RoadmapStatus.class)) List<String> status,
            @QueryParam("sort") @Parameter(description = "code, status or updatedAt; prefix - for descending") String sort,
            @Valid @BeanParam PageRequest page) {
        return roadmaps.list(QueryParams.anyOf(RoadmapStatus.class, status, "status"), sort, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getRoadmap", summary = "Read one roadmap")
    @APIResponse(responseCode = "200", description = "The roadmap", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoadmapRepresentation.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Roadmap roadmap = roadmaps.require(id);
        return Versions.read(request, RoadmapRepresentation.of(roadmap), roadmap.version);
    }

    @POST
    @RolesAllowed(Roles.CCPC_ADMIN)
    @Operation(operationId = "createRoadmap", summary = "Start a roadmap")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoadmapRepresentation.class)))
    public Response create(@Valid @NotNull RoadmapCreate body, @Context UriInfo uri) {
        RoadmapRepresentation created = roadmaps.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "updateRoadmap", summary = "Change a roadmap, including its lifecycle status")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoadmapRepresentation.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull RoadmapPatch body) {
        RoadmapRepresentation updated = roadmaps.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CCPC_ADMIN)
    @Operation(operationId = "deleteRoadmap", summary = "Delete a roadmap that has no pillars")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        roadmaps.delete(id, ifMatch);
    }
}
