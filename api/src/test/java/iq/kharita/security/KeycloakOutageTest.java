package iq.kharita.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import iq.kharita.common.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** When the identity service cannot be reached, user administration answers a clear 503 problem, not a 500. */
@QuarkusTest
@TestProfile(KeycloakOutageTest.UnreachableKeycloak.class)
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class KeycloakOutageTest {

    public static class UnreachableKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.keycloak.admin-client.server-url", "http://localhost:1");
        }
    }

    @Test
    void listingUsersWhileKeycloakIsDown() {
        given().get("/api/v1/users").then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://kharita.iq/problems/service-unavailable"))
                .body("detail", containsString("identity service"));
    }

    @Test
    void invitingWhileKeycloakIsDownChangesNothing() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "not-created", "email", "x@demo.kharita.example", "firstName", "A", "lastName", "B",
                        "role", "DONOR", "institution", "NOPE", "workingGroups", List.of()))
                .post("/api/v1/users")
                .then().statusCode(400);
    }
}
