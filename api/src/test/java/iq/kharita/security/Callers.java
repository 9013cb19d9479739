package iq.kharita.security;

import io.restassured.specification.RequestSpecification;
import iq.kharita.testing.Tokens;

import java.util.EnumSet;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** Everyone who calls the API, each with a real token from the test Keycloak (demo users of the realm file). */
enum Callers {
    ANONYMOUS(null), ADMIN("coordinator"), STAFF("secretariat"), WG_LEAD("lead-doc"), FOCAL_POINT("focal-moi"),
    DONOR("donor"), PARTNER("partner-demo");

    static final Set<Callers> EVERYONE = EnumSet.range(ADMIN, PARTNER);
    static final Set<Callers> CCPC = EnumSet.of(ADMIN, STAFF);
    static final Set<Callers> ADMIN_ONLY = EnumSet.of(ADMIN);

    private final String username;

    Callers(String username) {
        this.username = username;
    }

    RequestSpecification request() {
        if (this == ANONYMOUS) {
            return given();
        }
        String token = this == PARTNER ? Tokens.partner() : Tokens.of(username);
        return given().auth().oauth2(token);
    }
}
