package iq.kharita.live;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import iq.kharita.common.Visibility;
import iq.kharita.common.api.ApiTags;
import iq.kharita.common.security.Caller;
import iq.kharita.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.Set;

@Path("/api/v1/changes")
@Authenticated
@Tag(name = ApiTags.DASHBOARD)
public class ChangeResource {

    @Inject
    ChangeFeed feed;

    @Inject
    Caller caller;

    /**
     * Server-sent events, one per committed change the caller may see (an item the caller may not read is not even
     * announced). Send the bearer token as for any call (EventSource cannot: use fetch with a stream reader).
     */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CCPC_ADMIN, Roles.CCPC_STAFF, Roles.WG_LEAD, Roles.FOCAL_POINT, Roles.DONOR, Roles.PARTNER})
    @Operation(operationId = "streamChanges", summary = "Live changes as server-sent events, for boards and projected views")
    public Multi<ChangeEvent> changes() {
        Set<Visibility> readable = caller.visibleLevels();
        return feed.changes().filter(event -> event.visibility() == null ? readable.contains(Visibility.RESTRICTED) : readable.contains(event.visibility()))
                .map(event -> new ChangeEvent(event.entityType(), event.entityId(), event.action(), event.at(), event.version(), null));
    }
}
