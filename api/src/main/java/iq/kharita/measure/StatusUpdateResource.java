package iq.kharita.measure;

import io.quarkus.security.Authenticated;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/status-updates")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.MEASURES)
public class StatusUpdateResource {

    @Inject
    MeasureHistory history;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listStatusUpdates", summary = "A measure's timeline: status and progress changes with their notes, newest first")
    public Page<StatusUpdateRepresentation> list(
            @QueryParam("measure") @NotNull @Parameter(description = "Id of the measure", required = true) Long measure,
            @Valid @BeanParam PageRequest page) {
        return history.timeline(measure, page);
    }
}
