package iq.kharita.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import iq.kharita.testing.QueryCounter;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each register's list costs the same number of SQL statements for 2 rows as for 12, each row with its links:
 * associations are fetched for the whole page at once, never row by row (no N+1).
 */
@QuarkusTest
class ListStatementCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    long roadmapId;
    long pillarId;
    long owner;
    long donor;

    @BeforeEach
    void roadmap() {
        owner = stakeholder("MINISTRY");
        donor = stakeholder("DONOR");
        roadmapId = as().contentType(ContentType.JSON)
                .body(Map.of("code", unique("N1"), "title", text("Counts", "العد"), "versionLabel", "v1", "ownerStakeholderId", owner))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        pillarId = as().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", "DOC", "name", text("Pillar", "محور"), "order", 1))
                .post("/api/v1/pillars").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void risks() {
        constant("/api/v1/risks?roadmap=" + roadmapId + "&size=50", i -> as().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "kind", "RISK", "category", "FUNDING_SHORTFALL", "title", text("Risk", "خطر"),
                        "likelihood", 3, "impact", 3, "ownerStakeholderId", stakeholder("MINISTRY"), "measureIds", List.of(measure(), measure())))
                .post("/api/v1/risks").then().statusCode(201));
    }

    @Test
    void supportNeedsWithTheirPledges() {
        constant("/api/v1/support-needs?roadmap=" + roadmapId + "&size=50", i -> {
            long need = as().contentType(ContentType.JSON)
                    .body(Map.of("measureId", measure(), "type", "TRAINING", "description", text("Need", "حاجة"),
                            "requestingStakeholderId", stakeholder("MINISTRY"), "providerStakeholderId", stakeholder("UN_AGENCY"),
                            "estimatedCost", 1000, "currency", "USD"))
                    .post("/api/v1/support-needs").then().statusCode(201).extract().jsonPath().getLong("id");
            as().contentType(ContentType.JSON).body(Map.of("needId", need, "donorStakeholderId", stakeholder("DONOR"), "amount", 10, "currency", "USD"))
                    .post("/api/v1/pledges").then().statusCode(201);
        });
    }

    @Test
    void indicatorsWithTheirMeasurements() {
        constant("/api/v1/indicators?roadmap=" + roadmapId + "&size=50", i -> {
            long indicator = as().contentType(ContentType.JSON)
                    .body(Map.of("roadmapId", roadmapId, "code", unique("I"), "name", text("Indicator", "مؤشر"), "unit", "COUNT",
                            "direction", "INCREASE", "baselineValue", 0, "targetValue", 10, "reporterStakeholderId", stakeholder("NGO"),
                            "measureIds", List.of(measure())))
                    .post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
            as().contentType(ContentType.JSON).body(Map.of("indicatorId", indicator, "period", "2026-11", "value", 3, "locationPcode", "IQG16Q02"))
                    .post("/api/v1/measurements").then().statusCode(201);
        });
    }

    @Test
    void lessonsWithTheirTags() {
        constant("/api/v1/lessons?roadmap=" + roadmapId + "&size=50", i -> as().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "kind", "LESSON", "title", text("Lesson", "درس"), "body", text("Body", "نص"),
                        "measureIds", List.of(measure()), "pillarIds", List.of(pillarId)))
                .post("/api/v1/lessons").then().statusCode(201));
    }

    private void constant(String list, IntConsumer addRow) {
        String token = Tokens.of("coordinator");
        addRow.accept(0);
        addRow.accept(1);
        long few = QueryCounter.count(entityManagerFactory, () -> given().auth().oauth2(token).get(list).then().statusCode(200));
        for (int i = 2; i < 12; i++) {
            addRow.accept(i);
        }
        long many = QueryCounter.count(entityManagerFactory, () -> given().auth().oauth2(token).get(list).then().statusCode(200));
        assertThat(many).as("statements for 12 rows vs 2 rows on " + list).isEqualTo(few);
    }

    private long measure() {
        return as().contentType(ContentType.JSON)
                .body(Map.of("pillarId", pillarId, "code", unique("M"), "title", text("Measure", "إجراء"), "type", "OPERATIONAL",
                        "level", "NATIONAL", "phase", "PILOT", "responsibilities", List.of(Map.of("stakeholderId", owner, "role", "LEAD"))))
                .post("/api/v1/measures").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long stakeholder(String type) {
        return as().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("S"), "name", text("Institution", "مؤسسة"), "type", type))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static io.restassured.specification.RequestSpecification as() {
        return given().auth().oauth2(Tokens.of("coordinator"));
    }
}
