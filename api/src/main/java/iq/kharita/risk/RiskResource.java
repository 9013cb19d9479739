package iq.kharita.risk;

import io.quarkus.security.Authenticated;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.QueryParams;
import iq.kharita.common.Versions;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.RISKS)
public class RiskResource {

    @Inject
    RiskService risks;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listRisks", summary = "The risks and assumptions register, highest score first")
    public Page<RiskRepresentation> list(
            @QueryParam("roadmap") @Parameter(description = "Id of a roadmap") Long roadmap,
            @QueryParam("measure") @Parameter(description = "Id of a linked measure") Long measure,
            @QueryParam("kind") @Parameter(description = "RISK or ASSUMPTION", schema = @Schema(type = SchemaType.ARRAY, implementation = RiskKind.class)) List<String> kind,
            @QueryParam("category") @Parameter(description = "One or more categories", schema = @Schema(type = SchemaType.ARRAY, implementation = RiskCategory.class)) List<String> category,
            @QueryParam("status") @Parameter(description = "One or more statuses", schema = @Schema(type = SchemaType.ARRAY, implementation = RiskStatus.class)) List<String> status,
            @QueryParam("minScore") @Min(1) @Max(25) @Parameter(description = "Score at least this (1 to 25)") Integer minScore,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in English or Arabic") String q,
            @QueryParam("sort") @Parameter(description = "score (default -score), likelihood, impact, reviewDate, status or updatedAt; prefix - for descending") String sort,
            @Valid @BeanParam PageRequest page) {
        return risks.list(new RiskQuery(roadmap, measure, QueryParams.anyOf(RiskKind.class, kind, "kind"),
                QueryParams.anyOf(RiskCategory.class, category, "category"), QueryParams.anyOf(RiskStatus.class, status, "status"),
                minScore, q, sort), page);
    }

    @GET
    @Path("/heat-map")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getRiskHeatMap", summary = "Open risks by likelihood × impact")
    public HeatMapRepresentation heatMap(@QueryParam("roadmap") @NotNull @Parameter(description = "Id of a roadmap", required = true) Long roadmap) {
        return risks.heatMap(roadmap);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getRisk", summary = "Read one risk or assumption")
    @APIResponse(responseCode = "200", description = "The risk", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RiskRepresentation.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        RiskRepresentation risk = risks.get(id);
        return Versions.read(request, risk, risk.tracking().version());
    }

    @POST
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "createRisk", summary = "Record a risk or an assumption")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RiskRepresentation.class)))
    public Response create(@Valid @NotNull RiskCreate body, @Context UriInfo uri) {
        RiskRepresentation created = risks.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "updateRisk", summary = "Change a risk: rescore, mitigate, close")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RiskRepresentation.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull RiskPatch body) {
        RiskRepresentation updated = risks.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "deleteRisk", summary = "Delete a risk or assumption")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        risks.delete(id, ifMatch);
    }
}
