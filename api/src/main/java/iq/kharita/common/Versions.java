package iq.kharita.common;

import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic locking over HTTP: reads carry an ETag made from the row version; writes must send it back in
 * If-Match. Missing gives 428, stale gives 412, so a change is never silently overwritten.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks If-Match against the current version; the JPA @Version check then guards the race up to commit. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you read in an If-Match header, so that a change made meanwhile is not overwritten");
        }
        String expected = etag(currentVersion).toString();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(expected) || tag.equals("W/" + expected)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "This resource has changed since you read it (current ETag " + expected + "); read it again and reapply your change");
    }

    /** A read with its ETag; 304 when the caller's If-None-Match already names this version. */
    public static Response read(Request request, Object body, long version) {
        EntityTag tag = etag(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build() : Response.ok(body).tag(tag).build();
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(etag(version)).build();
    }

    public static Response created(java.net.URI location, Object body, long version) {
        return Response.created(location).entity(body).tag(etag(version)).build();
    }
}
