package iq.kharita.action;

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

@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.ACTIONS)
public class ActionResource {

    @Inject
    ActionService actions;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listActions", summary = "List actions: of a measure, of an institution, or mine")
    public Page<ActionRepresentation> list(
            @QueryParam("measure") @Parameter(description = "Id of a measure") Long measure,
            @QueryParam("assignee") @Parameter(description = "Id of the assignee institution") Long assignee,
            @QueryParam("workingGroup") @Parameter(description = "Id of the working group owning the measure") Long workingGroup,
            @QueryParam("status") @Parameter(description = "One or more statuses", schema = @Schema(type = SchemaType.ARRAY, implementation = ActionStatus.class)) List<String> status,
            @QueryParam("overdue") @Parameter(description = "true: open and past due", schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("mine") @Parameter(description = "true: assigned to the caller's institution", schema = @Schema(type = SchemaType.BOOLEAN)) String mine,
            @QueryParam("sort") @Parameter(description = "dueDate, status, updatedAt or measure; prefix - for descending") String sort,
            @Valid @BeanParam PageRequest page) {
        return actions.list(new ActionQuery(measure, assignee, QueryParams.anyOf(ActionStatus.class, status, "status"), workingGroup,
                QueryParams.flag(overdue, "overdue"), Boolean.TRUE.equals(QueryParams.flag(mine, "mine")), sort), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getAction", summary = "Read one action")
    @APIResponse(responseCode = "200", description = "The action", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionRepresentation.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Action action = actions.require(id);
        return Versions.read(request, ActionRepresentation.of(action), action.version);
    }

    @POST
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD})
    @Operation(operationId = "createAction", summary = "Assign an action under a measure to a member institution")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionRepresentation.class)))
    public Response create(@Valid @NotNull ActionCreate body, @Context UriInfo uri) {
        ActionRepresentation created = actions.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.PARTNER})
    @Operation(operationId = "updateAction", summary = "Change an action; its assignee updates status and note")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionRepresentation.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull ActionPatch body) {
        ActionRepresentation updated = actions.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD})
    @Operation(operationId = "deleteAction", summary = "Delete an action")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        actions.delete(id, ifMatch);
    }
}
