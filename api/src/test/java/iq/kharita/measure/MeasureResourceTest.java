package iq.kharita.measure;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import iq.kharita.common.security.Roles;
import io.restassured.http.ContentType;
import iq.kharita.testing.QueryCounter;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class MeasureResourceTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    long roadmapId;
    long docPillar;
    long govPillar;
    long nss;
    long moi;

    @BeforeEach
    void roadmapWithTwoPillars() {
        roadmapId = roadmap();
        docPillar = pillar(roadmapId, "DOC", 2);
        govPillar = pillar(roadmapId, "GOV", 1);
        nss = stakeholder();
        moi = stakeholder();
    }

    @Test
    void createsAMeasureAndReadsItBackInBothLanguages() {
        Map<String, Object> body = measureBody(docPillar, "DOC-02", nss);
        body.put("title", text("Single individualised clearance decision", "قرار تدقيق أمني فردي موحّد"));
        body.put("description", text("Valid nationally, with a written outcome", "ساري على المستوى الوطني مع نتيجة مكتوبة"));
        body.put("status", "IN_PROGRESS");
        body.put("progress", 45);
        body.put("startDate", "2026-07-01");
        body.put("dueDate", "2026-10-31");
        body.put("visibility", "PARTNERS");
        body.put("locationIds", List.of(shirqat()));
        body.put("responsibilities", List.of(
                Map.of("stakeholderId", moi, "role", "SUPPORT"),
                Map.of("stakeholderId", nss, "role", "LEAD")));

        String location = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/measures")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", equalTo("DOC-02"))
                .body("tracking.createdBy", notNullValue())
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("roadmapId", equalTo((int) roadmapId))
                .body("pillar.code", equalTo("DOC"))
                .body("title.ar", equalTo("قرار تدقيق أمني فردي موحّد"))
                .body("title.en", equalTo("Single individualised clearance decision"))
                .body("description.ar", equalTo("ساري على المستوى الوطني مع نتيجة مكتوبة"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("progress", equalTo(45))
                .body("dueDate", equalTo("2026-10-31"))
                .body("visibility", equalTo("PARTNERS"))
                .body("lead.id", equalTo((int) nss))
                .body("responsibilities.role", contains("LEAD", "SUPPORT"))
                .body("locations.pcode", contains("IQG16Q02"));
    }

    @Test
    void appliesSafeDefaults() {
        long id = measure(measureBody(docPillar, "DOC-10", nss));
        given().when().get("/api/v1/measures/" + id)
                .then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("priority", equalTo("MEDIUM"))
                .body("progress", equalTo(0))
                .body("visibility", equalTo("INTERNAL"));
    }

    @Test
    void refusesEachInvalidField() {
        Map<String, Object> body = measureBody(docPillar, "doc 2!", nss);
        body.put("title", Map.of("en", "Only English", "ar", " "));
        body.put("progress", 101);
        body.remove("type");
        body.put("responsibilities", List.of(Map.of("stakeholderId", nss)));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/measures")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kharita.iq/problems/validation"))
                .body("violations.field", containsInAnyOrder("code", "title.ar", "progress", "type", "responsibilities[0].role"));
    }

    @Test
    void requiresExactlyOneLead() {
        Map<String, Object> twoLeads = measureBody(docPillar, "DOC-03", nss);
        twoLeads.put("responsibilities", List.of(Map.of("stakeholderId", nss, "role", "LEAD"), Map.of("stakeholderId", moi, "role", "LEAD")));
        given().contentType(ContentType.JSON).body(twoLeads)
                .when().post("/api/v1/measures")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("responsibilities"))
                .body("violations[0].message", containsString("exactly one LEAD"));

        Map<String, Object> noLead = measureBody(docPillar, "DOC-03", nss);
        noLead.put("responsibilities", List.of(Map.of("stakeholderId", nss, "role", "SUPPORT")));
        given().contentType(ContentType.JSON).body(noLead)
                .when().post("/api/v1/measures")
                .then().statusCode(400).body("violations.field", hasItem("responsibilities"));

        Map<String, Object> twice = measureBody(docPillar, "DOC-03", nss);
        twice.put("responsibilities", List.of(Map.of("stakeholderId", nss, "role", "LEAD"), Map.of("stakeholderId", nss, "role", "SUPPORT")));
        given().contentType(ContentType.JSON).body(twice)
                .when().post("/api/v1/measures")
                .then().statusCode(400).body("violations.field", hasItem("responsibilities[1].stakeholderId"));
    }

    @Test
    void refusesUnknownReferencesAndDatesOutOfOrder() {
        Map<String, Object> body = measureBody(docPillar, "DOC-04", nss);
        body.put("locationIds", List.of(999_999));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(400).body("violations.field", contains("locationIds[0]"));

        body = measureBody(999_999, "DOC-04", nss);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(400).body("violations.field", contains("pillarId"));

        body = measureBody(docPillar, "DOC-04", nss);
        body.put("startDate", "2026-10-01");
        body.put("dueDate", "2026-09-01");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(400).body("violations.field", contains("dueDate"));

        body = measureBody(docPillar, "DOC-04", nss);
        body.put("dueDate", "2026-02-30");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(400).body("violations.field", contains("dueDate"));
    }

    @Test
    void refusesADuplicateCodeInTheSameRoadmap() {
        measure(measureBody(docPillar, "DOC-05", nss));
        given().contentType(ContentType.JSON).body(measureBody(govPillar, "doc-05".toUpperCase(), moi))
                .when().post("/api/v1/measures")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("DOC-05"));
    }

    @Test
    void updatesWithTheCurrentEtagOnly() {
        long id = measure(measureBody(docPillar, "DOC-06", nss));
        String path = "/api/v1/measures/" + id;
        String etag = etag(path);

        given().contentType(ContentType.JSON).body(Map.of("status", "DELAYED"))
                .when().patch(path)
                .then().statusCode(428).contentType("application/problem+json");

        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "DELAYED", "progress", 30))
                .when().patch(path)
                .then().statusCode(400).body("violations.field", contains("note"));

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", "DELAYED", "progress", 30, "note", "NSS meeting moved to January"))
                .when().patch(path)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("DELAYED"))
                .body("progress", equalTo(30))
                .body("title.en", equalTo("Measure DOC-06"));

        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "COMPLETED", "note", "done"))
                .when().patch(path)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://kharita.iq/problems/stale-version"));

        given().when().get(path).then().body("status", equalTo("DELAYED"));
    }

    @Test
    void answersNotModifiedToAMatchingIfNoneMatch() {
        long id = measure(measureBody(docPillar, "DOC-07", nss));
        String etag = etag("/api/v1/measures/" + id);
        given().header("If-None-Match", etag).when().get("/api/v1/measures/" + id).then().statusCode(304);
    }

    @Test
    void replacesResponsibilitiesAsAWholeSwappingTheLead() {
        Map<String, Object> body = measureBody(docPillar, "DOC-08", nss);
        body.put("responsibilities", List.of(Map.of("stakeholderId", nss, "role", "LEAD"), Map.of("stakeholderId", moi, "role", "SUPPORT")));
        long id = measure(body);
        String path = "/api/v1/measures/" + id;

        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("responsibilities", List.of(Map.of("stakeholderId", moi, "role", "LEAD"), Map.of("stakeholderId", nss, "role", "CONSULTED"))))
                .when().patch(path)
                .then().statusCode(200)
                .body("lead.id", equalTo((int) moi))
                .body("responsibilities", hasSize(2))
                .body("responsibilities.find { it.role == 'CONSULTED' }.stakeholder.id", equalTo((int) nss));
    }

    @Test
    void refusesAPatchThatBreaksARule() {
        long id = measure(measureBody(docPillar, "DOC-09", nss));
        String path = "/api/v1/measures/" + id;
        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("progress", -1, "status", "FINISHED"))
                .when().patch(path)
                .then().statusCode(400).body("violations.field", hasItem("status"));
        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("progress", -1))
                .when().patch(path)
                .then().statusCode(400).body("violations.field", contains("progress"));
        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("pillarId", pillar(roadmap(), "XYZ", 1)))
                .when().patch(path)
                .then().statusCode(400).body("violations.field", contains("pillarId"));
        given().when().get(path).then().body("progress", equalTo(0)).header("ETag", "\"0\"");
    }

    @Test
    void deletesWithIfMatch() {
        long id = measure(measureBody(docPillar, "DOC-11", nss));
        String path = "/api/v1/measures/" + id;
        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"7\"").when().delete(path).then().statusCode(412);
        given().header("If-Match", etag(path)).when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(String.valueOf(id)));
    }

    @Test
    void answersNotFoundForUnknownMeasures() {
        given().when().get("/api/v1/measures/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("progress", 5))
                .when().patch("/api/v1/measures/987654321").then().statusCode(404);
    }

    @Test
    void filtersByPillarStatusStakeholderRoleLocationPhaseAndText() {
        Map<String, Object> clearance = measureBody(docPillar, "DOC-20", nss);
        clearance.put("status", "DELAYED");
        clearance.put("title", text("Harmonised clearance procedure", "إجراءات التدقيق الأمني الموحّدة"));
        clearance.put("responsibilities", List.of(Map.of("stakeholderId", nss, "role", "LEAD"), Map.of("stakeholderId", moi, "role", "SUPPORT")));
        clearance.put("locationIds", List.of(shirqat()));
        measure(clearance);
        Map<String, Object> workshop = measureBody(govPillar, "GOV-20", moi);
        workshop.put("phase", "PREPARATORY");
        workshop.put("status", "IN_PROGRESS");
        measure(workshop);

        String list = "/api/v1/measures?roadmap=" + roadmapId;
        given().when().get(list + "&pillar=DOC").then().statusCode(200).body("total", equalTo(1)).body("items.code", contains("DOC-20"));
        given().when().get(list + "&pillar=doc").then().body("items.code", contains("DOC-20"));
        given().when().get(list + "&status=DELAYED,IN_PROGRESS").then().body("total", equalTo(2));
        given().when().get(list + "&status=DELAYED&status=COMPLETED").then().body("items.code", contains("DOC-20"));
        given().when().get(list + "&stakeholder=" + moi).then().body("items.code", contains("DOC-20", "GOV-20"));
        given().when().get(list + "&stakeholder=" + moi + "&role=LEAD").then().body("items.code", contains("GOV-20"));
        given().when().get(list + "&location=IQG16").then().body("items.code", contains("DOC-20"));
        given().when().get(list + "&location=IQG01").then().body("total", equalTo(0));
        given().when().get(list + "&phase=PREPARATORY").then().body("items.code", contains("GOV-20"));
        // Arabic search is folded: hamza forms and ta marbuta need not match what was stored
        given().when().get(list + "&q=الموحده").then().body("items.code", contains("DOC-20"));
        given().when().get(list + "&q=HARMONISED").then().body("items.code", contains("DOC-20"));
        given().when().get(list + "&q=100%25_").then().body("total", equalTo(0));
    }

    @Test
    void refusesInvalidFilters() {
        given().when().get("/api/v1/measures?status=FINISHED").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("status"));
        given().when().get("/api/v1/measures?role=LEAD").then().statusCode(400).body("violations[0].field", equalTo("role"));
        given().when().get("/api/v1/measures?location=IQG99").then().statusCode(400).body("violations[0].field", equalTo("location"));
        given().when().get("/api/v1/measures?sort=colour").then().statusCode(400).body("violations[0].field", equalTo("sort"));
        given().when().get("/api/v1/measures?size=5000").then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().when().get("/api/v1/measures?page=-1").then().statusCode(400).body("violations[0].field", equalTo("page"));
        given().when().get("/api/v1/measures?updatedSince=yesterday").then().statusCode(400).body("violations[0].field", equalTo("updatedSince"));
        given().when().get("/api/v1/measures?overdue=maybe").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/measures?roadmap=abc").then().statusCode(400).body("violations[0].field", equalTo("roadmap"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void pagesInAStableOrderWithATotal() {
        for (int i = 1; i <= 7; i++) {
            measure(measureBody(docPillar, "DOC-3" + i, nss));
        }
        String list = "/api/v1/measures?roadmap=" + roadmapId + "&sort=-code&size=3";
        given().when().get(list + "&page=0").then().body("total", equalTo(7)).body("size", equalTo(3))
                .body("items.code", contains("DOC-37", "DOC-36", "DOC-35"));
        given().when().get(list + "&page=2").then().body("total", equalTo(7)).body("items.code", contains("DOC-31"));
        given().when().get(list + "&page=3").then().body("total", equalTo(7)).body("items", hasSize(0));
    }

    @Test
    void listsWithAConstantNumberOfStatements() {
        String list = "/api/v1/measures?roadmap=" + roadmapId + "&size=100";
        createMeasuresWithThreeInstitutionsAndALocation(2, "A");
        long few = QueryCounter.count(entityManagerFactory, () -> given().when().get(list).then().statusCode(200).body("total", equalTo(2)));
        createMeasuresWithThreeInstitutionsAndALocation(20, "B");
        long many = QueryCounter.count(entityManagerFactory, () -> given().when().get(list).then().statusCode(200).body("total", equalTo(22)));

        assertThat(many).as("statements for 22 rows vs 2 rows").isEqualTo(few);
        assertThat(many).as("the page's ids, the total, the measures with their institutions and places").isLessThanOrEqualTo(3);
    }

    @Test
    void readsOneMeasureInOneStatement() {
        long id = createMeasuresWithThreeInstitutionsAndALocation(1, "C");
        given().when().get("/api/v1/measures/" + id).then().statusCode(200); // the gazetteer is read once per process
        long statements = QueryCounter.count(entityManagerFactory, () -> given().when().get("/api/v1/measures/" + id).then().statusCode(200)
                .body("responsibilities", hasSize(3)).body("locations", hasSize(1)).body("pillar.code", equalTo("DOC")));
        assertThat(statements).as("the measure with its pillar, institutions and places").isEqualTo(1);
    }

    @Test
    void readsOneMeasureAsItsWriteAndTheListShowIt() {
        Map<String, Object> body = measureBody(govPillar, unique("GOV"), nss);
        body.put("description", text("With a written outcome", "مع نتيجة مكتوبة"));
        body.put("startDate", "2026-07-01");
        body.put("dueDate", "2026-10-31");
        // institutions whose names sort otherwise than their ids, places given out of order
        long later = stakeholder("ZZ-" + unique("S"), "NGO");
        long earlier = stakeholder("AA-" + unique("S"), "NGO");
        body.put("responsibilities", List.of(Map.of("stakeholderId", later, "role", "SUPPORT"), Map.of("stakeholderId", nss, "role", "LEAD"),
                Map.of("stakeholderId", earlier, "role", "SUPPORT"), Map.of("stakeholderId", moi, "role", "CONSULTED")));
        long anbar = given().when().get("/api/v1/locations?q=IQG01&level=GOVERNORATE").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        body.put("locationIds", List.of(shirqat(), anbar));
        // the answer to a write maps the entity (MeasureRepresentation.of); reads map rows (MeasureReader)
        Map<String, Object> written = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(201).extract().jsonPath().getMap("$");
        Object id = written.get("id");

        Map<String, Object> read = given().when().get("/api/v1/measures/" + id).then().statusCode(200)
                .body("responsibilities.stakeholder.id", contains((int) nss, (int) earlier, (int) later, (int) moi))
                .extract().jsonPath().getMap("$");
        Map<String, Object> listed = given().when().get("/api/v1/measures?roadmap=" + roadmapId + "&pillar=GOV").then().statusCode(200)
                .extract().jsonPath().getMap("items.find { it.id == " + id + " }");
        assertThat(read).isEqualTo(written).isEqualTo(listed);
        assertThat(read).containsKeys("description", "startDate", "dueDate", "lead");

        // a status change reads the measure's institutions and places as readers do and maps its own columns from the entity
        String path = "/api/v1/measures/" + id;
        Map<String, Object> changed = given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("status", "IN_PROGRESS", "note", "Started")).when().patch(path)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> readAfter = given().when().get(path).then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat(changed).isEqualTo(readAfter).containsEntry("status", "IN_PROGRESS");
        assertThat(changed.get("responsibilities")).isEqualTo(read.get("responsibilities"));
        assertThat(changed.get("locations")).isEqualTo(read.get("locations"));
        Map<String, Object> audited = given().get("/api/v1/audit-events?entityType=measure&entityId=" + id).then().statusCode(200)
                .extract().jsonPath().getMap("items[0]");
        assertThat(audited.get("before")).isEqualTo(read);
        assertThat(audited.get("after")).isEqualTo(readAfter);
    }

    @Test
    void changesStatusWithAConstantNumberOfStatements() {
        String path = "/api/v1/measures/" + createMeasuresWithThreeInstitutionsAndALocation(1, "D");
        String etag = etag(path);
        long statements = QueryCounter.count(entityManagerFactory, () -> given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", "IN_PROGRESS", "note", "Started with the NSS")).when().patch(path)
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("responsibilities", hasSize(3)).body("locations", hasSize(1)));
        assertThat(statements).as("the measure's row and its institutions and places as read; the timeline entry and the measure written;"
                + " the audit record with its notification").isEqualTo(5);
    }

    @Test
    void filtersChangedSinceForIncrementalSync() {
        long id = measure(measureBody(docPillar, "DOC-40", nss));
        String updatedAt = given().when().get("/api/v1/measures/" + id).then().extract().path("tracking.updatedAt");
        given().when().get("/api/v1/measures?roadmap=" + roadmapId + "&updatedSince=" + updatedAt)
                .then().body("items.code", hasItem("DOC-40"));
        given().when().get("/api/v1/measures?roadmap=" + roadmapId + "&updatedSince=2999-01-01T00:00:00Z")
                .then().body("total", equalTo(0));
    }

    private long createMeasuresWithThreeInstitutionsAndALocation(int count, String prefix) {
        long last = 0;
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = measureBody(docPillar, unique(prefix), stakeholder());
            body.put("responsibilities", List.of(Map.of("stakeholderId", stakeholder(), "role", "LEAD"),
                    Map.of("stakeholderId", stakeholder(), "role", "SUPPORT"), Map.of("stakeholderId", stakeholder(), "role", "CONSULTED")));
            body.put("locationIds", List.of(shirqat()));
            last = measure(body);
        }
        return last;
    }

    private static long shirqat() {
        return given().when().get("/api/v1/locations?q=IQG16Q02&level=DISTRICT").then().statusCode(200)
                .body("items[0].pcode", startsWith("IQG16Q02")).extract().jsonPath().getLong("items[0].id");
    }
}
