package iq.kharita.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The coordinator invites, lists and disables people through the API; Keycloak does the work. */
@QuarkusTest
class UserAdministrationTest {

    @Inject
    DemoDataLoader demo;

    @BeforeEach
    void institutionsAndGroupsExist() {
        demo.load();
    }

    @Test
    void invitesAFocalPointWhoCanThenBeFoundAndDisabled() {
        String username = "focal-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(Tokens.of("coordinator")).contentType(ContentType.JSON)
                .body(invite(username, "FOCAL_POINT", "MoI-CA", List.of("WG-DOC")))
                .post("/api/v1/users")
                .then().statusCode(201)
                .body("username", equalTo(username))
                .body("role", equalTo("FOCAL_POINT"))
                .body("institution", equalTo("MoI-CA"))
                .body("workingGroups", contains("WG-DOC"))
                .body("enabled", equalTo(true))
                // no mail server in tests: Keycloak cannot send the invitation, and the API says so
                .body("invitationSent", equalTo(false))
                .extract().path("id");

        given().auth().oauth2(Tokens.of("coordinator")).get("/api/v1/users?q=" + username)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].role", equalTo("FOCAL_POINT"));

        given().auth().oauth2(Tokens.of("coordinator")).post("/api/v1/users/" + id + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));
        given().auth().oauth2(Tokens.of("coordinator")).get("/api/v1/audit-events?entityType=user&entityId=" + id)
                .then().body("items.action", contains("UPDATE", "CREATE")).body("items[0].actor", equalTo("coordinator"));
    }

    @Test
    void listsTheDemoUsersWithTheirRoles() {
        given().auth().oauth2(Tokens.of("coordinator")).get("/api/v1/users?size=100").then().statusCode(200)
                .body("items.username", hasItem("lead-doc"))
                .body("items.find { it.username == 'lead-doc' }.role", equalTo("WG_LEAD"));
    }

    @Test
    void refusesAnInvitationThatNamesUnknownThingsOrLacksAGroup() {
        given().auth().oauth2(Tokens.of("coordinator")).contentType(ContentType.JSON)
                .body(invite("someone-new", "WG_LEAD", "NOPE", List.of()))
                .post("/api/v1/users")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("institution", "workingGroups"));
        given().auth().oauth2(Tokens.of("coordinator")).contentType(ContentType.JSON)
                .body(invite("someone-new", "FOCAL_POINT", "MoI-CA", List.of("WG-NOPE")))
                .post("/api/v1/users")
                .then().statusCode(400).body("violations.field", contains("workingGroups[0]"));
        Map<String, Object> badRole = invite("someone-new", "FOCAL_POINT", "MoI-CA", List.of("WG-DOC"));
        badRole.put("role", "SUPERUSER");
        given().auth().oauth2(Tokens.of("coordinator")).contentType(ContentType.JSON).body(badRole)
                .post("/api/v1/users").then().statusCode(400).body("violations.field", contains("role"));
    }

    @Test
    void refusesADuplicateUsername() {
        given().auth().oauth2(Tokens.of("coordinator")).contentType(ContentType.JSON)
                .body(invite("donor", "DONOR", "DK", List.of()))
                .post("/api/v1/users")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void answersNotFoundForAnUnknownUser() {
        given().auth().oauth2(Tokens.of("coordinator")).post("/api/v1/users/" + UUID.randomUUID() + "/disable")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> invite(String username, String role, String institution, List<String> groups) {
        return new HashMap<>(Map.of("username", username, "email", username + "@demo.kharita.example", "firstName", "New",
                "lastName", "Colleague", "role", role, "institution", institution, "workingGroups", groups));
    }
}
