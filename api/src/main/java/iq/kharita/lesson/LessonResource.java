package iq.kharita.lesson;

import io.quarkus.security.Authenticated;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.QueryParams;
import iq.kharita.common.Versions;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Roles;
import iq.kharita.location.Location;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

@Path("/api/v1/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = ApiTags.LESSONS)
public class LessonResource {

    @Inject
    LessonService lessons;

    @GET
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "listLessons", summary = "Lessons learned and good practices, newest first")
    public Page<LessonRepresentations.View> list(
            @QueryParam("roadmap") @Parameter(description = "Id of a roadmap") Long roadmap,
            @QueryParam("measure") @Parameter(description = "Id of a tagged measure") Long measure,
            @QueryParam("pillar") @Parameter(description = "Id of a tagged pillar") Long pillar,
            @QueryParam("location") @Size(max = 20) @Parameter(description = "P-code or id of a place; places inside it match too") String location,
            @QueryParam("kind") @Parameter(description = "LESSON or GOOD_PRACTICE", schema = @Schema(type = SchemaType.ARRAY, implementation = LessonKind.class)) List<String> kind,
            @QueryParam("status") @Parameter(description = "Review statuses", schema = @Schema(type = SchemaType.ARRAY, implementation = LessonStatus.class)) List<String> status,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words in English or Arabic") String q,
            @Valid @BeanParam PageRequest page) {
        return lessons.list(roadmap, measure, pillar, Location.selfAndInside(location, "location"), QueryParams.anyOf(LessonKind.class, kind, "kind"),
                QueryParams.anyOf(LessonStatus.class, status, "status"), q, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "getLesson", summary = "Read one lesson")
    @APIResponse(responseCode = "200", description = "The lesson", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonRepresentations.View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Lesson lesson = lessons.require(id);
        return Versions.read(request, lessons.view(lesson), lesson.version);
    }

    @POST
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT})
    @Operation(operationId = "createLesson", summary = "Draft a lesson or good practice")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonRepresentations.View.class)))
    public Response create(@Valid @NotNull LessonRepresentations.Create body, @Context UriInfo uri) {
        LessonRepresentations.View created = lessons.create(body);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), created, created.tracking().version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT})
    @Operation(operationId = "updateLesson", summary = "Edit a draft, submit it, publish it or send it back")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonRepresentations.View.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch,
                           @Valid @NotNull LessonRepresentations.Patch body) {
        LessonRepresentations.View updated = lessons.update(id, ifMatch, body);
        return Versions.ok(updated, updated.tracking().version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT})
    @Operation(operationId = "deleteLesson", summary = "Delete a draft (author) or any lesson (CCPC)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read last; required") String ifMatch) {
        lessons.delete(id, ifMatch);
    }
}
