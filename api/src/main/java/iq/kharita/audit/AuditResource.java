package iq.kharita.audit;

import iq.kharita.common.Filters;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.api.ApiTags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import io.quarkus.security.Authenticated;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.AUDIT)
public class AuditResource {

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "listAuditEvents", summary = "Who changed what and when, newest first")
    public Page<AuditEventRepresentation> list(
            @QueryParam("entityType") @Pattern(regexp = "[a-z-]{1,40}") @Parameter(description = "measure, stakeholder, roadmap, pillar, working-group, user") String entityType,
            @QueryParam("entityId") @Size(max = 64) @Parameter(description = "Id of one item; use with entityType") String entityId,
            @Valid @BeanParam PageRequest page) {
        return new Filters()
                .equal("e.entityType", "entityType", entityType)
                .equal("e.entityId", "entityId", entityId)
                .page(AuditEvent.class, "select e from AuditEvent e", "select count(e) from AuditEvent e", " order by e.id desc", page)
                .map(AuditEventRepresentation::of);
    }
}
