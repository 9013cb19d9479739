package iq.kharita.common;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ContextNotActiveException;

/** Who is making the current change, for audit columns and the audit trail. */
public final class Actor {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    private Actor() {
    }

    public static String current() {
        try {
            var handle = Arc.container().instance(SecurityIdentity.class);
            SecurityIdentity identity = handle.isAvailable() ? handle.get() : null;
            if (identity == null) {
                return SYSTEM;
            }
            return identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
        } catch (ContextNotActiveException e) {
            // start-up work (demo data) runs outside any request
            return SYSTEM;
        }
    }
}
