package iq.kharita.action;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.QueryCounter;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Actions on the demo roadmap with real tokens: lead-doc leads WG-DOC (members include MoI-CA), focal-moi works at
 * MoI-CA, the partner-demo system is IOM, a member of WG-GOV.
 */
@QuarkusTest
class ActionResourceTest {

    @Inject
    DemoDataLoader demo;

    @Inject
    EntityManagerFactory entityManagerFactory;

    long roadmapId;

    @BeforeEach
    void demoRoadmap() {
        demo.load();
        roadmapId = as("coordinator").get("/api/v1/roadmaps?size=200").then().extract().jsonPath()
                .getLong("items.find { it.code == '" + DemoDataLoader.ROADMAP_CODE + "' }.id");
    }

    @Test
    void aLeadAssignsAnActionAndTheFocalPointUpdatesIt() {
        long measure = measureId("DOC-04");
        long action = create("lead-doc", measure, "MoI-CA", LocalDate.now().plusDays(10)).then().statusCode(201)
                .body("assignee.abbreviation", equalTo("MoI-CA")).body("status", equalTo("NOT_STARTED")).body("overdue", equalTo(false))
                .extract().jsonPath().getLong("id");

        as("focal-moi").get("/api/v1/actions?mine=true&size=200").then().statusCode(200).body("items.id", hasItem((int) action));

        as("focal-moi").contentType(ContentType.JSON).header("If-Match", etag(action))
                .body(Map.of("status", "IN_PROGRESS", "note", "Mission team booked"))
                .patch("/api/v1/actions/" + action)
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("tracking.updatedBy", equalTo("focal-moi"));
        // the assignee updates status and note, nothing else
        as("focal-moi").contentType(ContentType.JSON).header("If-Match", etag(action))
                .body(Map.of("dueDate", "2030-01-01"))
                .patch("/api/v1/actions/" + action).then().statusCode(403);
    }

    @Test
    void aLeadCannotManageAnotherGroupsActionsAndAFocalPointOnlyItsInstitutions() {
        create("lead-doc", measureId("PSY-01"), "MoH", null).then().statusCode(403);
        long others = create("coordinator", measureId("DOC-04"), "NSS", null).then().statusCode(201).extract().jsonPath().getLong("id");
        as("focal-moi").contentType(ContentType.JSON).header("If-Match", etag(others)).body(Map.of("status", "DONE"))
                .patch("/api/v1/actions/" + others).then().statusCode(403).body("detail", containsString("NSS"));
        create("focal-moi", measureId("DOC-04"), "MoI-CA", null).then().statusCode(403);
    }

    @Test
    void aPartnerSystemUpdatesTheActionsOfItsInstitution() {
        long action = create("coordinator", measureId("GOV-03"), "IOM", null).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON).header("If-Match", etag(action))
                .body(Map.of("status", "DONE", "note", "Reporting module delivered"))
                .patch("/api/v1/actions/" + action).then().statusCode(200).body("status", equalTo("DONE"));
        long notIom = create("coordinator", measureId("GOV-03"), "MoP", null).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON).header("If-Match", etag(notIom))
                .body(Map.of("status", "DONE")).patch("/api/v1/actions/" + notIom).then().statusCode(403);
    }

    @Test
    void theAssigneeMustBeAMemberOfTheMeasuresWorkingGroup() {
        create("lead-doc", measureId("DOC-04"), "MoH", null).then().statusCode(400)
                .body("violations[0].field", equalTo("assigneeStakeholderId"))
                .body("violations[0].message", containsString("WG-DOC"));
    }

    @Test
    void progressDerivedFromActionsRollsUpWithATimelineEntry() {
        long measure = measureId("DOC-05");
        String path = "/api/v1/measures/" + measure;
        as("coordinator").contentType(ContentType.JSON).header("If-Match", measureEtag(measure))
                .body(Map.of("progressMode", "FROM_ACTIONS")).patch(path).then().statusCode(200).body("progress", equalTo(0));
        long first = create("coordinator", measure, "IHCHR", null).then().statusCode(201).extract().jsonPath().getLong("id");
        create("coordinator", measure, "NSS", null).then().statusCode(201);
        long third = create("coordinator", measure, "MoI", null).then().statusCode(201).extract().jsonPath().getLong("id");
        long fourth = create("coordinator", measure, "HJC", null).then().statusCode(201).extract().jsonPath().getLong("id");

        done(first);
        as("coordinator").get(path).then().body("progress", equalTo(25));
        as("coordinator").contentType(ContentType.JSON).header("If-Match", etag(fourth)).body(Map.of("status", "CANCELLED"))
                .patch("/api/v1/actions/" + fourth).then().statusCode(200);
        as("coordinator").get(path).then().body("progress", equalTo(33));
        done(third);
        as("coordinator").get(path).then().body("progress", equalTo(67));
        as("coordinator").get("/api/v1/status-updates?measure=" + measure).then()
                .body("items[0].toProgress", equalTo(67)).body("items[0].note", containsString("actions"));
        // typed progress is refused while it is derived
        as("coordinator").contentType(ContentType.JSON).header("If-Match", measureEtag(measure))
                .body(Map.of("progress", 90, "note", "x")).patch(path).then().statusCode(400)
                .body("violations[0].field", equalTo("progress"));
    }

    @Test
    void overdueAndOpenFilters() {
        long measure = measureId("DOC-04");
        long late = create("coordinator", measure, "NSS", LocalDate.now().minusDays(3)).then().statusCode(201)
                .body("overdue", equalTo(true)).extract().jsonPath().getLong("id");
        as("lead-doc").get("/api/v1/actions?overdue=true&measure=" + measure + "&size=200").then()
                .body("items.id", hasItem((int) late)).body("items.overdue", everyItem(equalTo(true)));
        done(late);
        as("lead-doc").get("/api/v1/actions?overdue=true&measure=" + measure + "&size=200").then()
                .body("items.id", not(hasItem((int) late)));
    }

    @Test
    void actionsAreAsVisibleAsTheirMeasure() {
        long restricted = measureId("HLP-03");
        long action = create("coordinator", restricted, "MoJ", null).then().statusCode(201).extract().jsonPath().getLong("id");
        as("donor").get("/api/v1/actions/" + action).then().statusCode(404);
        as("donor").get("/api/v1/actions?measure=" + restricted).then().body("total", equalTo(0));
        as("secretariat").get("/api/v1/actions/" + action).then().statusCode(200);
    }

    @Test
    void listsWithAConstantNumberOfStatements() {
        long measure = measureId("DOC-01");
        String list = "/api/v1/actions?measure=" + measure + "&size=100";
        create("coordinator", measure, "NSS", null);
        String token = Tokens.of("coordinator");
        long few = QueryCounter.count(entityManagerFactory, () -> given().auth().oauth2(token).get(list).then().statusCode(200));
        for (int i = 0; i < 6; i++) {
            create("coordinator", measure, i % 2 == 0 ? "MoI" : "JOC", null);
        }
        long many = QueryCounter.count(entityManagerFactory, () -> given().auth().oauth2(token).get(list).then().statusCode(200));
        assertThat(many).isEqualTo(few);
    }

    private io.restassured.response.Response create(String user, long measure, String assignee, LocalDate due) {
        Map<String, Object> body = new HashMap<>(Map.of("measureId", measure, "assigneeStakeholderId", stakeholderId(assignee),
                "title", Map.of("en", "Step for " + assignee, "ar", "خطوة لـ " + assignee)));
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        return as(user).contentType(ContentType.JSON).body(body).post("/api/v1/actions");
    }

    private void done(long action) {
        as("coordinator").contentType(ContentType.JSON).header("If-Match", etag(action)).body(Map.of("status", "DONE"))
                .patch("/api/v1/actions/" + action).then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    private long measureId(String code) {
        return as("coordinator").get("/api/v1/measures?roadmap=" + roadmapId + "&q=" + code).then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }

    private static long stakeholderId(String abbreviation) {
        return as("coordinator").get("/api/v1/stakeholders?q=" + abbreviation + "&size=50").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.abbreviation == '" + abbreviation + "' }.id");
    }

    private static String etag(long action) {
        return as("coordinator").get("/api/v1/actions/" + action).then().statusCode(200).extract().header("ETag");
    }

    private static String measureEtag(long measure) {
        return as("coordinator").get("/api/v1/measures/" + measure).then().statusCode(200).extract().header("ETag");
    }
}
