package iq.kharita.common.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import iq.kharita.common.problem.Problem;
import iq.kharita.common.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * 401 and 403 as problem+json, like every other error. Refusals are logged with who and where (never the token),
 * so that an administrator can see someone probing for what they may not do.
 */
public class SecurityProblems {

    private static final Logger LOG = Logger.getLogger("iq.kharita.security");

    @Inject
    Caller caller;

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        LOG.debugf("401 on %s", uri.getPath());
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kharita\"")
                .entity(problem(ProblemType.UNAUTHORIZED, "Send a valid bearer token from the Kharita identity service", uri))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        LOG.infof("403 for %s on %s", caller.name(), uri.getPath());
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "Your role does not allow this" : e.getMessage();
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(problem(ProblemType.FORBIDDEN, detail, uri)).build();
    }

    private static Problem problem(ProblemType type, String detail, UriInfo uri) {
        return new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), List.of());
    }
}
