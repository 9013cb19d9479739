package iq.kharita.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import iq.kharita.common.security.Roles;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Every client mistake is a 4xx application/problem+json that names the field, never a 500 or a stack trace. */
@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class ProblemDetailsTest {

    @Test
    void malformedJson() {
        given().contentType(ContentType.JSON).body("{\"abbreviation\": ")
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://kharita.iq/problems/malformed-request"))
                .body("instance", equalTo("/api/v1/stakeholders"))
                .body(not(containsString("jackson")));
    }

    @Test
    void emptyBody() {
        given().contentType(ContentType.JSON).when().post("/api/v1/stakeholders")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownFieldIsRejectedNotDropped() {
        given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("X"), "name", text("A", "ب"), "type", "NGO", "colour", "red"))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("colour"))
                .body("violations[0].message", equalTo("unknown field"));
        given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("X"), "name", Map.of("en", "A", "ar", "ب", "fr", "C"), "type", "NGO"))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).body("violations.field", contains("name.fr"));
    }

    @Test
    void wrongTypesAndEnums() {
        given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("X"), "name", "just a string", "type", "NGO"))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("name"));
        given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("X"), "name", text("A", "ب"), "type", "PERSON"))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).body("violations[0].field", equalTo("type"))
                .body("violations[0].message", containsString("MINISTRY"));
        given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("X"), "name", text("A", "ب"), "type", "NGO", "parentId", "seven"))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).body("violations[0].field", equalTo("parentId"));
    }

    @Test
    void numbersAreNotReadAsTextNorTextAsNumbers() {
        given().contentType(ContentType.JSON)
                .body("{\"abbreviation\":\"" + unique("N") + "\",\"name\":{\"en\":\"x\",\"ar\":5},\"type\":\"NGO\"}")
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).body("violations.field", contains("name.ar"));
        given().contentType(ContentType.JSON)
                .body("{\"abbreviation\":\"" + unique("N") + "\",\"name\":{\"en\":\"x\",\"ar\":\"س\"},\"type\":\"NGO\",\"parentId\":\"12\"}")
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).body("violations.field", contains("parentId"));
    }

    @Test
    void oversizeText() {
        given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("X"), "name", text("A".repeat(301), "ب"), "type", "NGO"))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).body("violations.field", contains("name.en"))
                .body("violations[0].message", containsString("300"));
    }

    @Test
    void oversizeBody() {
        given().contentType(ContentType.JSON).header("Expect", "100-continue")
                .body("{\"abbreviation\":\"" + "x".repeat(2_000_000) + "\"}")
                .when().post("/api/v1/stakeholders")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("1024 KiB"));
    }

    @Test
    void aNulCharacterIsRefusedNotAFailure() {
        given().when().get("/api/v1/locations?parent=%00IQG16").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"abbreviation\":\"" + unique("NUL") + "\",\"name\":{\"en\":\"a\\u0000b\",\"ar\":\"ب\"},\"type\":\"NGO\"}")
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongMediaTypeAndMethod() {
        given().contentType(ContentType.TEXT).body("hello").when().post("/api/v1/stakeholders")
                .then().statusCode(415).contentType("application/problem+json");
        given().when().put("/api/v1/stakeholders").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void unknownApiPathAndNonNumericId() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/measures/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void sqlAndScriptFragmentsAreOnlyText() {
        given().when().get("/api/v1/measures?q=' or 1=1; drop table measure; --").then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/v1/stakeholders?q=<script>alert(1)</script>").then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/v1/locations?level=GOVERNORATE&size=1").then().body("total", equalTo(18));
    }
}
