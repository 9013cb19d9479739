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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @APIResponse(responseCode = "200", description = "The board; gzip-compressed when Accept-Encoding allows it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardRepresentation.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "Identifies this board; send it in If-None-Match to get 304 while it is unchanged",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response board(@QueryParam("roadmap") @NotNull @Parameter(description = "Id of a roadmap", required = true) Long roadmap,
            @Context Request request, @Context HttpHeaders headers) {
        return board.board(roadmap).response(request, headers);
    }
}
