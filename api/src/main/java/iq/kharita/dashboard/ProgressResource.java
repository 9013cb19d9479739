package iq.kharita.dashboard;

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

@Path("/api/v1/progress")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.DASHBOARD)
public class ProgressResource {

    @Inject
    ProgressService progress;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getProgress", summary = "Overall and per-pillar progress and status distribution of a roadmap")
    @APIResponse(responseCode = "200", description = "The summary; gzip-compressed when Accept-Encoding allows it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressRepresentation.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "Identifies this summary; send it in If-None-Match to get 304 while it is unchanged",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response progress(@QueryParam("roadmap") @NotNull @Parameter(description = "Id of a roadmap", required = true) Long roadmap,
            @Context Request request, @Context HttpHeaders headers) {
        return progress.progress(roadmap).response(request, headers);
    }
}
