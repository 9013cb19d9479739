package iq.kharita.support;

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

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.SUPPORT)
public class FundingResource {

    @Inject
    SupportService support;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getFunding", summary = "Funding gap of the roadmap, by pillar, by type of support and by measure")
    public FundingRepresentation funding(@QueryParam("roadmap") @NotNull @Parameter(description = "Id of a roadmap", required = true) Long roadmap) {
        return support.funding(roadmap);
    }
}
