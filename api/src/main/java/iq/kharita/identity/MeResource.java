package iq.kharita.identity;

import io.quarkus.security.Authenticated;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Caller;
import iq.kharita.common.security.Roles;
import iq.kharita.stakeholder.Stakeholder;
import iq.kharita.stakeholder.StakeholderRef;
import iq.kharita.workinggroup.WorkingGroup;
import iq.kharita.workinggroup.WorkingGroupRef;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.TreeSet;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.IDENTITY)
public class MeResource {

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getMe", summary = "The caller's roles, institution, working groups and preferred language")
    public MeRepresentation me() {
        String institution = caller.institution();
        StakeholderRef stakeholder = institution == null ? null
                : Stakeholder.findByAbbreviation(institution).map(StakeholderRef::of).orElse(null);
        List<WorkingGroupRef> groups = caller.workingGroups().isEmpty() ? List.of()
                : WorkingGroup.<WorkingGroup>list("code in ?1 order by code, id", caller.workingGroups()).stream()
                .map(WorkingGroupRef::of)
                .toList();
        return new MeRepresentation(caller.name(), new TreeSet<>(caller.roles()), stakeholder, groups, caller.language(),
                caller.visibleLevels());
    }
}
