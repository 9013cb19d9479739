package iq.kharita.identity;

import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.problem.ProblemType;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;

import java.util.function.Supplier;

/** Turns failures of the identity service into clear problems instead of 500s. */
final class KeycloakProblems {

    private static final Logger LOG = Logger.getLogger(KeycloakProblems.class);

    private KeycloakProblems() {
    }

    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw e;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw new ProblemException(ProblemType.NOT_FOUND, "No such user");
            }
            if (status == 409) {
                throw ProblemException.conflict("A user with this username or e-mail already exists");
            }
            LOG.warnf("Keycloak answered %d while trying to %s", status, what);
            throw unavailable(what);
        } catch (ProcessingException | IllegalStateException e) {
            LOG.warnf("Keycloak unreachable while trying to %s: %s", what, e.getMessage());
            throw unavailable(what);
        }
    }

    private static ProblemException unavailable(String what) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "The identity service could not " + what + " just now; nothing was changed in Kharita. Try again in a moment.");
    }
}
