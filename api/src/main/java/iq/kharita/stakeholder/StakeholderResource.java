package iq.kharita.stakeholder;

import iq.kharita.common.QueryParams;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Versions;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.problem.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.STAKEHOLDERS)
public class StakeholderResource {

    @Inject
    StakeholderService stakeholders;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listStakeholders", summary = "List institutions")
    public Page<StakeholderRepresentation> list(
            @QueryParam("type") @Parameter(description = "One or more types, repeated or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = StakeholderType.class)) List<String> type,
            @QueryParam("parent") @Parameter(description = "Id of the parent institution") Long parent,
            @QueryParam("q") @Parameter(description = "Text in English or Arabic, or an abbreviation") String q,
            @QueryParam("sort") @Parameter(description = "abbreviation, nameEn, nameAr or type; prefix - for descending") String sort,
            @Valid @BeanParam PageRequest page) {
        return stakeholders.list(QueryParams.anyOf(StakeholderType.class, type, "type"), parent, q, sort, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getStakeholder", summary = "Read one institution")
    @APIResponse(responseCode = "200", description = "The institution", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderRepresentation.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Stakeholder stakeholder = stakeholders.find(id).orElseThrow(() -> ProblemException.notFound("Stakeholder", id));
        return Versions.read(request, StakeholderRepresentation.of(stakeholder), stakeholder.version);
    }

    @POST
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "createStakeholder", summary = "Add an institution")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderRepresentation.class)))
    public Response create(@Valid @NotNull StakeholderCreate body, @Context UriInfo uri) {
        StakeholderRepresentation created = stakeholders.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "updateStakeholder", summary = "Change an institution")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderRepresentation.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull StakeholderPatch body) {
        StakeholderRepresentation updated = stakeholders.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "deleteStakeholder", summary = "Delete an institution that nothing refers to")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        stakeholders.delete(id, ifMatch);
    }
}
