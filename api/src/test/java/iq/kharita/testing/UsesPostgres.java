package iq.kharita.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the PostgreSQL resource once for every @QuarkusTest (restrictToAnnotatedClass = false). */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
public final class UsesPostgres {

    private UsesPostgres() {
    }
}
