package iq.kharita.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the real PostgreSQL and the real Keycloak once for every @QuarkusTest (restrictToAnnotatedClass = false),
 * started side by side.
 */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false, parallel = true)
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = false, parallel = true)
public final class RealServices {

    private RealServices() {
    }
}
