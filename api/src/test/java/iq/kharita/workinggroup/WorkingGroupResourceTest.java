package iq.kharita.workinggroup;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import iq.kharita.common.security.Roles;
import io.restassured.http.ContentType;
import iq.kharita.testing.QueryCounter;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class WorkingGroupResourceTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void setsUpAGroupWithPillarsAndMembersAndOwnsMeasures() {
        long roadmapId = roadmap();
        long doc = pillar(roadmapId, "DOC", 1);
        long onsa = stakeholder();
        long nss = stakeholder();
        long moi = stakeholder();
        long id = group(roadmapId, "WG-DOC", onsa, List.of(doc), List.of(nss, moi));

        given().when().get("/api/v1/working-groups/" + id).then().statusCode(200)
                .body("lead.id", equalTo((int) onsa))
                .body("pillars.code", contains("DOC"))
                .body("members", hasSize(2))
                .body("termsOfReference.ar", containsString("التدقيق"));
        given().when().get("/api/v1/working-groups?roadmap=" + roadmapId + "&stakeholder=" + moi).then().body("items.id", contains((int) id));
        given().when().get("/api/v1/working-groups?roadmap=" + roadmapId + "&pillar=" + doc).then().body("items.id", contains((int) id));

        Map<String, Object> owned = measureBody(doc, "DOC-01", nss);
        owned.put("workingGroupId", id);
        measure(owned);
        given().when().get("/api/v1/measures?workingGroup=" + id).then().body("items.code", contains("DOC-01"));

        given().header("If-Match", etag("/api/v1/working-groups/" + id)).when().delete("/api/v1/working-groups/" + id)
                .then().statusCode(409).body("detail", containsString("1 measure"));
    }

    @Test
    void refusesAMeasureInAPillarTheGroupDoesNotCover() {
        long roadmapId = roadmap();
        long doc = pillar(roadmapId, "DOC", 1);
        long gov = pillar(roadmapId, "GOV", 2);
        long id = group(roadmapId, "WG-DOC", stakeholder(), List.of(doc), List.of());
        Map<String, Object> body = measureBody(gov, "GOV-01", stakeholder());
        body.put("workingGroupId", id);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(400).body("violations[0].field", equalTo("workingGroupId"));
    }

    @Test
    void refusesMovingAGroupsMeasureToAPillarTheGroupDoesNotCover() {
        long roadmapId = roadmap();
        long doc = pillar(roadmapId, "DOC", 1);
        long gov = pillar(roadmapId, "GOV", 2);
        Map<String, Object> body = measureBody(doc, "DOC-01", stakeholder());
        body.put("workingGroupId", group(roadmapId, "WG-DOC", stakeholder(), List.of(doc), List.of()));
        String path = "/api/v1/measures/" + measure(body);
        given().contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("pillarId", gov))
                .when().patch(path).then().statusCode(400).body("violations[0].field", equalTo("pillarId"));
        given().contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "IN_PROGRESS", "note", "Started"))
                .when().patch(path).then().statusCode(200).body("pillar.code", equalTo("DOC"));
    }

    @Test
    void changesMembersWithIfMatchAndBumpsTheVersion() {
        long roadmapId = roadmap();
        long doc = pillar(roadmapId, "DOC", 1);
        long id = group(roadmapId, "WG-DOC", stakeholder(), List.of(doc), List.of(stakeholder()));
        String path = "/api/v1/working-groups/" + id;
        String before = etag(path);
        long newcomer = stakeholder();
        given().contentType(ContentType.JSON).header("If-Match", before).body(Map.of("memberIds", List.of(newcomer)))
                .when().patch(path).then().statusCode(200).body("members.id", contains((int) newcomer)).body("tracking.version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", before).body(Map.of("memberIds", List.of()))
                .when().patch(path).then().statusCode(412);
    }

    @Test
    void refusesUnknownPillarsAndMembers() {
        long roadmapId = roadmap();
        long otherRoadmapsPillar = pillar(roadmap(), "DOC", 1);
        Map<String, Object> body = new HashMap<>(Map.of("roadmapId", roadmapId, "code", "WG-X", "name", text("X", "س"),
                "leadStakeholderId", stakeholder(), "pillarIds", List.of(otherRoadmapsPillar)));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/working-groups")
                .then().statusCode(400).body("violations.field", contains("pillarIds[0]"));
        body.put("pillarIds", List.of());
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/working-groups")
                .then().statusCode(400).body("violations.field", contains("pillarIds"));
        body.put("pillarIds", List.of(pillar(roadmapId, "DOC", 1)));
        body.put("memberIds", List.of(987654321));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/working-groups")
                .then().statusCode(400).body("violations.field", contains("memberIds[0]"));
    }

    @Test
    void listsWithAConstantNumberOfStatements() {
        long roadmapId = roadmap();
        long doc = pillar(roadmapId, "DOC", 1);
        String list = "/api/v1/working-groups?roadmap=" + roadmapId + "&size=50";
        group(roadmapId, "WG-1", stakeholder(), List.of(doc), List.of(stakeholder(), stakeholder()));
        long few = QueryCounter.count(entityManagerFactory, () -> given().when().get(list).then().body("total", equalTo(1)));
        for (int i = 2; i <= 8; i++) {
            group(roadmapId, "WG-" + i, stakeholder(), List.of(doc), List.of(stakeholder(), stakeholder()));
        }
        long many = QueryCounter.count(entityManagerFactory, () -> given().when().get(list).then().body("total", equalTo(8)));
        assertThat(many).isEqualTo(few);
    }

    private static long group(long roadmapId, String code, long lead, List<Long> pillars, List<Long> members) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", code, "name", text("Clearance and documentation", "التدقيق الأمني والوثائق"),
                        "leadStakeholderId", lead, "pillarIds", pillars, "memberIds", members,
                        "termsOfReference", text("Harmonises clearance", "توحيد إجراءات التدقيق")))
                .when().post("/api/v1/working-groups")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
