package iq.kharita.stakeholder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import iq.kharita.common.security.Roles;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.etag;
import static iq.kharita.testing.Fixtures.measure;
import static iq.kharita.testing.Fixtures.measureBody;
import static iq.kharita.testing.Fixtures.pillar;
import static iq.kharita.testing.Fixtures.roadmap;
import static iq.kharita.testing.Fixtures.stakeholder;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class StakeholderResourceTest {

    @Test
    void createsReadsAndFindsAnInstitutionInEitherLanguage() {
        String abbreviation = unique("NSS");
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", abbreviation, "name", text("National Security Service " + abbreviation, "جهاز الأمن الوطني " + abbreviation),
                        "type", "SECURITY"))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(201).header("Location", containsString("/api/v1/stakeholders/"))
                .extract().jsonPath().getLong("id");

        given().when().get("/api/v1/stakeholders/" + id).then().statusCode(200)
                .body("name.ar", equalTo("جهاز الأمن الوطني " + abbreviation)).body("type", equalTo("SECURITY"));
        given().when().get("/api/v1/stakeholders?q=" + abbreviation.toLowerCase()).then().body("items.id", contains((int) id));
        given().when().get("/api/v1/stakeholders?type=SECURITY&q=جهاز الامن " + abbreviation).then().body("items.id", contains((int) id));
    }

    @Test
    void refusesInvalidInstitutions() {
        given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", "<script>", "name", Map.of("en", "x"), "type", "PERSON"))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("type"));
        given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", "<script>", "name", Map.of("en", "x"), "type", "NGO"))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("abbreviation", "name.ar"));
    }

    @Test
    void refusesADuplicateAbbreviationWhateverItsCase() {
        String abbreviation = unique("MoI");
        stakeholder(abbreviation, "MINISTRY");
        given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", abbreviation.toLowerCase(), "name", text("Other", "أخرى"), "type", "MINISTRY"))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void linksAParentAndRefusesALoop() {
        long parent = stakeholder();
        long child = given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("CA"), "name", text("Civil affairs", "الأحوال المدنية"), "type", "MINISTRY", "parentId", parent))
                .when().post("/api/v1/stakeholders").then().statusCode(201)
                .body("parentId", equalTo((int) parent)).extract().jsonPath().getLong("id");
        given().when().get("/api/v1/stakeholders?parent=" + parent).then().body("items.id", contains((int) child));

        given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/stakeholders/" + parent))
                .body(Map.of("parentId", child))
                .when().patch("/api/v1/stakeholders/" + parent)
                .then().statusCode(400).body("violations.field", contains("parentId"));
    }

    @Test
    void updatesWithIfMatch() {
        long id = stakeholder();
        String path = "/api/v1/stakeholders/" + id;
        given().contentType(ContentType.JSON).body(Map.of("type", "NGO")).when().patch(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("type", "NGO"))
                .when().patch(path).then().statusCode(200).body("type", equalTo("NGO")).body("tracking.version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("type", "DONOR"))
                .when().patch(path).then().statusCode(412);
    }

    @Test
    void refusesToDeleteAnInstitutionThatStillHasAPart() {
        long lead = stakeholder();
        long roadmapId = roadmap();
        measure(measureBody(pillar(roadmapId, "DOC", 1), "DOC-01", lead));
        String path = "/api/v1/stakeholders/" + lead;
        given().header("If-Match", etag(path)).when().delete(path)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("responsible for 1 measure(s)"));
        given().when().get(path).then().statusCode(200);

        long unused = stakeholder();
        given().header("If-Match", etag("/api/v1/stakeholders/" + unused)).when().delete("/api/v1/stakeholders/" + unused).then().statusCode(204);
        given().when().get("/api/v1/stakeholders/" + unused).then().statusCode(404);
    }

    @Test
    void listsTypesGivenSeveralWays() {
        given().when().get("/api/v1/stakeholders?type=DONOR,UN_AGENCY&type=NGO&size=1").then().statusCode(200);
        given().when().get("/api/v1/stakeholders?type=PERSON").then().statusCode(400).body("violations[0].field", equalTo("type"));
        given().when().get("/api/v1/stakeholders?sort=-nameAr").then().statusCode(200);
        List.of("abbreviation", "nameEn", "type").forEach(sort ->
                given().when().get("/api/v1/stakeholders?sort=" + sort).then().statusCode(200));
    }
}
