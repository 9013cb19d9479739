package iq.kharita.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import iq.kharita.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every role, an item it may not read appears in no list, no count, no search and no detail: a hidden measure
 * changes no number the reader sees, and reading it by id answers 404 as if it did not exist.
 */
@QuarkusTest
class VisibilityLeakTest {

    static final Map<Callers, Set<String>> READABLE = Map.of(
            Callers.ADMIN, Set.of("PUBLIC", "PARTNERS", "INTERNAL", "RESTRICTED"),
            Callers.STAFF, Set.of("PUBLIC", "PARTNERS", "INTERNAL", "RESTRICTED"),
            Callers.WG_LEAD, Set.of("PUBLIC", "PARTNERS", "INTERNAL"),
            Callers.FOCAL_POINT, Set.of("PUBLIC", "PARTNERS", "INTERNAL"),
            Callers.PARTNER, Set.of("PUBLIC", "PARTNERS"),
            Callers.DONOR, Set.of("PUBLIC"));

    long roadmapId;
    Map<String, Long> measureByVisibility = new java.util.HashMap<>();
    String marker;

    @BeforeEach
    void oneMeasurePerVisibility() {
        String admin = Tokens.of("coordinator");
        long owner = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("SEC"), "name", text("Security body", "جهة أمنية"), "type", "SECURITY"))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
        long lead = owner;
        roadmapId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", unique("VIS"), "title", text("Visibility", "الرؤية"), "versionLabel", "v1", "ownerStakeholderId", owner))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        long pillar = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", "SEC", "name", text("Security", "الأمن"), "order", 1))
                .post("/api/v1/pillars").then().statusCode(201).extract().jsonPath().getLong("id");
        marker = unique("leak").toLowerCase();
        for (String visibility : List.of("PUBLIC", "PARTNERS", "INTERNAL", "RESTRICTED")) {
            long id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("pillarId", pillar, "code", "SEC-" + visibility, "visibility", visibility,
                            "title", text("Security risk review " + marker, "مراجعة المخاطر الأمنية " + marker),
                            "type", "OPERATIONAL", "level", "NATIONAL", "phase", "PILOT",
                            "responsibilities", List.of(Map.of("stakeholderId", lead, "role", "LEAD"))))
                    .post("/api/v1/measures").then().statusCode(201).extract().jsonPath().getLong("id");
            measureByVisibility.put(visibility, id);
        }
    }

    @Test
    void noRoleSeesOrCountsWhatItMayNotRead() {
        for (Callers caller : EnumSet.range(Callers.ADMIN, Callers.PARTNER)) {
            Set<String> readable = READABLE.get(caller);
            var list = caller.request().get("/api/v1/measures?roadmap=" + roadmapId).then().statusCode(200).extract().jsonPath();
            assertThat(list.getList("items.visibility", String.class)).as(caller + " list").containsExactlyInAnyOrderElementsOf(readable);
            assertThat(list.getInt("total")).as(caller + " total").isEqualTo(readable.size());

            var board = caller.request().get("/api/v1/board?roadmap=" + roadmapId).then().statusCode(200).extract().jsonPath();
            assertThat(board.getList("cards.code", String.class)).as(caller + " board")
                    .containsExactlyInAnyOrderElementsOf(readable.stream().map(v -> "SEC-" + v).toList());

            var search = caller.request().get("/api/v1/measures?q=" + marker).then().statusCode(200).extract().jsonPath();
            assertThat(search.getList("items.visibility", String.class)).as(caller + " search").containsExactlyInAnyOrderElementsOf(readable);
            assertThat(search.getInt("total")).as(caller + " search total").isEqualTo(readable.size());

            var restricted = caller.request().get("/api/v1/measures?roadmap=" + roadmapId + "&visibility=RESTRICTED&size=1")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(restricted.getInt("total")).as(caller + " count of restricted").isEqualTo(readable.contains("RESTRICTED") ? 1 : 0);

            measureByVisibility.forEach((visibility, id) -> {
                int status = caller.request().get("/api/v1/measures/" + id).then().extract().statusCode();
                assertThat(status).as(caller + " reads " + visibility).isEqualTo(readable.contains(visibility) ? 200 : 404);
            });
        }
    }

    @Test
    void aLeadCannotChangeAMeasureHiddenFromThem() {
        long restricted = measureByVisibility.get("RESTRICTED");
        Callers.WG_LEAD.request().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "DELAYED"))
                .patch("/api/v1/measures/" + restricted).then().statusCode(404);
    }
}
