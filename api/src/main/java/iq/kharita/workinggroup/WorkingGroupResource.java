package iq.kharita.workinggroup;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/working-groups")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.WORKING_GROUPS)
public class WorkingGroupResource {

    @Inject
    WorkingGroupService groups;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listWorkingGroups", summary = "List thematic working groups")
    public Page<WorkingGroupRepresentation> list(
            @QueryParam("roadmap") @Parameter(description = "Id of a roadmap") Long roadmap,
            @QueryParam("pillar") @Parameter(description = "Id of a pillar the group takes forward") Long pillar,
            @QueryParam("stakeholder") @Parameter(description = "Id of an institution that leads or is a member") Long stakeholder,
            @QueryParam("sort") @Parameter(description = "code, nameEn or nameAr; prefix - for descending") String sort,
            @Valid @BeanParam PageRequest page) {
        return groups.list(roadmap, pillar, stakeholder, sort, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getWorkingGroup", summary = "Read one working group")
    @APIResponse(responseCode = "200", description = "The working group", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingGroupRepresentation.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        WorkingGroup group = groups.require(id);
        return Versions.read(request, WorkingGroupRepresentation.of(group), group.version);
    }

    @POST
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "createWorkingGroup", summary = "Set up a working group")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingGroupRepresentation.class)))
    public Response create(@Valid @NotNull WorkingGroupCreate body, @Context UriInfo uri) {
        WorkingGroupRepresentation created = groups.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "updateWorkingGroup", summary = "Change a working group, its pillars or its members")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingGroupRepresentation.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull WorkingGroupPatch body) {
        WorkingGroupRepresentation updated = groups.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "deleteWorkingGroup", summary = "Delete a working group that owns no measures")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        groups.delete(id, ifMatch);
    }
}
