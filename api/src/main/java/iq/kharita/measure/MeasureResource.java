package iq.kharita.measure;

import iq.kharita.common.QueryParams;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Versions;
import iq.kharita.common.Visibility;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.location.Location;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.MEASURES)
public class MeasureResource {

    @Inject
    MeasureService measures;

    @Inject
    MeasureHistory history;

    @Inject
    MeasureReader reader;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listMeasures", summary = "List and filter measures",
            description = "Filters combine with AND; a filter given several values (repeated or comma-separated) matches any of them.")
    public Page<MeasureRepresentation> list(
            @QueryParam("roadmap") @Parameter(description = "Id of a roadmap") Long roadmap,
            @QueryParam("pillar") @Parameter(description = "Pillar code", example = "DOC") @Size(max = 20) String pillar,
            @QueryParam("workingGroup") @Parameter(description = "Id of the owning working group") Long workingGroup,
            @QueryParam("stakeholder") @Parameter(description = "Id of an institution with a part in the measure") Long stakeholder,
            @QueryParam("role") @Parameter(description = "With stakeholder: the part it plays (LEAD, SUPPORT...)", schema = @Schema(implementation = ResponsibilityRole.class)) String role,
            @QueryParam("location") @Parameter(description = "P-code or id of a place; places inside it match too", example = "IQG16") @Size(max = 20) String location,
            @QueryParam("phase") @Parameter(description = "One or more phases", schema = @Schema(type = SchemaType.ARRAY, implementation = Phase.class)) List<String> phase,
            @QueryParam("status") @Parameter(description = "One or more statuses", schema = @Schema(type = SchemaType.ARRAY, implementation = MeasureStatus.class)) List<String> status,
            @QueryParam("type") @Parameter(description = "One or more types", schema = @Schema(type = SchemaType.ARRAY, implementation = MeasureType.class)) List<String> type,
            @QueryParam("priority") @Parameter(description = "One or more priorities", schema = @Schema(type = SchemaType.ARRAY, implementation = Priority.class)) List<String> priority,
            @QueryParam("visibility") @Parameter(description = "One or more visibility levels", schema = @Schema(type = SchemaType.ARRAY, implementation = Visibility.class)) List<String> visibility,
            @QueryParam("overdue") @Parameter(description = "true: past due and not completed or cancelled", schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("updatedSince") @Parameter(description = "ISO-8601 instant; for incremental sync", example = "2026-11-20T00:00:00Z") String updatedSince,
            @QueryParam("q") @Parameter(description = "Text in English or Arabic, or a code") @Size(max = 200) String q,
            @QueryParam("sort") @Parameter(description = "code, titleEn, titleAr, pillar, dueDate, startDate, progress, status, priority or updatedAt; prefix - for descending") String sort,
            @Valid @BeanParam PageRequest page) {
        ResponsibilityRole parsedRole = QueryParams.oneOf(ResponsibilityRole.class, role, "role");
        if (parsedRole != null && stakeholder == null) {
            throw ProblemException.invalid("role", "needs a stakeholder to filter on");
        }
        MeasureQuery query = new MeasureQuery(roadmap, blankToNull(pillar), workingGroup, stakeholder, parsedRole,
                Location.selfAndInside(location, "location"),
                QueryParams.anyOf(Phase.class, phase, "phase"),
                QueryParams.anyOf(MeasureStatus.class, status, "status"),
                QueryParams.anyOf(MeasureType.class, type, "type"),
                QueryParams.anyOf(Priority.class, priority, "priority"),
                QueryParams.anyOf(Visibility.class, visibility, "visibility"),
                QueryParams.flag(overdue, "overdue"), QueryParams.instant(updatedSince, "updatedSince"), q, sort);
        return measures.list(query, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getMeasure", summary = "Read one measure, now or as it stood at a past moment")
    @APIResponse(responseCode = "200", description = "The measure", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureRepresentation.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") long id,
                        @QueryParam("asOf") @Parameter(description = "ISO-8601 instant: the measure as it stood then, from the audit trail",
                                example = "2026-10-01T00:00:00Z") String asOf,
                        @Context Request request) {
        if (asOf != null) {
            return Response.ok(history.asOf(id, QueryParams.instant(asOf, "asOf"))).type(MediaType.APPLICATION_JSON).build();
        }
        MeasureRepresentation measure = reader.read(id);
        return Versions.read(request, measure, measure.tracking().version());
    }

    @POST
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "createMeasure", summary = "Add a measure to a pillar, with its lead and other institutions")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureRepresentation.class)))
    public Response create(@Valid @NotNull MeasureCreate body, @Context UriInfo uri) {
        MeasureRepresentation created = measures.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD})
    @Operation(operationId = "updateMeasure", summary = "Change a measure: status, progress, dates, responsibilities...")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureRepresentation.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull MeasurePatch body) {
        MeasureRepresentation updated = measures.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF})
    @Operation(operationId = "deleteMeasure", summary = "Delete a measure")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        measures.delete(id, ifMatch);
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
