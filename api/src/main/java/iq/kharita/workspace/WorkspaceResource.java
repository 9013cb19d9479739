package iq.kharita.workspace;

import io.quarkus.security.Authenticated;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.WORKING_GROUPS)
public class WorkspaceResource {

    @Inject
    WorkspaceService workspaces;

    @GET
    @Path("/{workingGroupId}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getWorkspace", summary = "A working group's measures, open actions per institution and overdue items")
    public WorkspaceRepresentation workspace(@PathParam("workingGroupId") long workingGroupId) {
        return workspaces.of(workingGroupId);
    }
}
