package iq.kharita.board;

import io.quarkus.security.Authenticated;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/board")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.DASHBOARD)
public class BoardResource {

    @Inject
    BoardService board;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getBoard", summary = "The progress board of a roadmap: a card per measure the reader may see")
    public BoardRepresentation board(@QueryParam("roadmap") @NotNull @Parameter(description = "Id of a roadmap", required = true) Long roadmap) {
        return board.board(roadmap);
    }
}
