package iq.kharita.sequence;

import io.quarkus.security.Authenticated;
import iq.kharita.common.Versions;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import java.util.List;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.SEQUENCE)
public class SequenceResource {

    @Inject
    SequenceService sequence;

    @GET
    @Path("/dependencies")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listDependencies", summary = "What a measure waits for, and what waits for it")
    public List<DependencyRepresentation> list(@QueryParam("measure") @NotNull @Parameter(description = "Id of a measure", required = true) Long measure) {
        return sequence.ofMeasure(measure);
    }

    @POST
    @Path("/dependencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "createDependency", summary = "Make a measure wait for another; a cycle is refused with 409 naming it")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DependencyRepresentation.class)))
    public Response create(@Valid @NotNull DependencyCreate body, @Context UriInfo uri) {
        DependencyRepresentation created = sequence.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.version());
    }

    @DELETE
    @Path("/dependencies/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "deleteDependency", summary = "Remove a dependency")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id,
                       @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        sequence.delete(id, ifMatch);
    }

    @GET
    @Path("/sequence")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getSequence", summary = "Blocked and ready measures, the critical path, and projected dates when predecessors slip")
    public SequenceRepresentation plan(@QueryParam("roadmap") @NotNull @Parameter(description = "Id of a roadmap", required = true) Long roadmap) {
        return sequence.plan(roadmap);
    }
}
