package iq.kharita.identity;

import io.quarkus.security.Authenticated;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.USERS)
public class UserResource {

    @Inject
    UserService users;

    @GET
    @RolesAllowed(Roles.CCPC_ADMIN)
    @Operation(operationId = "listUsers", summary = "List the people who have access")
    public Page<UserAccount> list(@QueryParam("q") @Size(max = 100) @Parameter(description = "Part of a username, name or e-mail") String q,
                                  @Valid @BeanParam PageRequest page) {
        return users.list(q, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CCPC_ADMIN)
    @Operation(operationId = "inviteUser", summary = "Invite a person with a role, an institution and working groups")
    @APIResponse(responseCode = "201", description = "Invited", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserAccount.class)))
    public Response invite(@Valid @NotNull UserInvite body) {
        return Response.status(Response.Status.CREATED).entity(users.invite(body)).build();
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed(Roles.CCPC_ADMIN)
    @Operation(operationId = "disableUser", summary = "Disable a person's access and end their sessions")
    public UserAccount disable(@PathParam("id") @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "{kharita.user-id}") String id) {
        return users.disable(id);
    }
}
