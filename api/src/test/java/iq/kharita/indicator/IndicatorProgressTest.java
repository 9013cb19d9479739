package iq.kharita.indicator;

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

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The partner-demo system reports for IOM, as the partner's nightly job would. */
@QuarkusTest
class IndicatorProgressTest {

    @Inject
    DemoDataLoader demo;

    long roadmapId;
    long iom;

    @BeforeEach
    void roadmap() {
        demo.load();
        roadmapId = as("coordinator").get("/api/v1/roadmaps?size=200").then().extract().jsonPath()
                .getLong("items.find { it.code == '" + DemoDataLoader.ROADMAP_CODE + "' }.id");
        iom = as("coordinator").get("/api/v1/stakeholders?q=IOM").then().extract().jsonPath().getLong("items.find { it.abbreviation == 'IOM' }.id");
    }

    @Test
    void progressRunsFromBaselineToTargetInEitherDirectionNationallyAndPerPlace() {
        long days = indicator("DAYS", "DECREASE", 90, 30, iom, "PUBLIC");
        report(days, "2026-10", 60, null).then().statusCode(201);
        report(days, "2026-11", 45, null).then().statusCode(201);
        report(days, "2026-11", 70, "IQG16Q02").then().statusCode(201);
        report(days, "2026-11", 20, "IQG01Q02").then().statusCode(201);

        as("donor").get("/api/v1/indicators/" + days).then().statusCode(200)
                .body("latest.period", equalTo("2026-11"))
                .body("latest.value", equalTo(45.0f))
                // 90 → 45 of the way 90 → 30 is 75 %
                .body("progress", equalTo(75))
                .body("byLocation.location.pcode", contains("IQG01Q02", "IQG16Q02"))
                // beyond the target counts as 100, the wrong way as 0
                .body("byLocation.find { it.location.pcode == 'IQG01Q02' }.progress", equalTo(100))
                .body("byLocation.find { it.location.pcode == 'IQG16Q02' }.progress", equalTo(33));

        long enrolled = indicator("PERCENT", "INCREASE", 55, 90, iom, "PUBLIC");
        report(enrolled, "2026-Q3", 50, null).then().statusCode(201);
        as("donor").get("/api/v1/indicators/" + enrolled).then().body("progress", equalTo(0));
    }

    @Test
    void refusesValuesTheUnitCannotHaveAndTargetsOnTheWrongSide() {
        long percent = indicator("PERCENT", "INCREASE", 10, 60, iom, "PUBLIC");
        report(percent, "2026-11", 101, null).then().statusCode(400).body("violations[0].field", equalTo("value"));
        long yesNo = indicator("YES_NO", "INCREASE", 0, 1, iom, "PUBLIC");
        report(yesNo, "2026-11", 0.5, null).then().statusCode(400).body("violations[0].message", containsString("0 (no) or 1 (yes)"));
        report(percent, "2026-13", 20, null).then().statusCode(400).body("violations[0].field", equalTo("period"));
        report(percent, "2026-11", 20, "IQG16Q02N01").then().statusCode(400).body("violations[0].field", equalTo("locationPcode"));
        as("coordinator").contentType(ContentType.JSON).body(body("COUNT", "DECREASE", 0, 6, iom, "PUBLIC"))
                .post("/api/v1/indicators").then().statusCode(400).body("violations[0].field", equalTo("targetValue"));
    }

    @Test
    void aPartnerReportsOnlyForItsOwnInstitutionAndOncePerPeriodAndPlace() {
        long own = indicator("COUNT", "INCREASE", 0, 24, iom, "PUBLIC");
        given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON)
                .body(Map.of("indicatorId", own, "period", "2026-11", "value", 3, "locationPcode", "IQG16Q02"))
                .post("/api/v1/measurements").then().statusCode(201).body("tracking.createdBy", equalTo("service-account-partner-demo"));
        given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON)
                .body(Map.of("indicatorId", own, "period", "2026-11", "value", 4, "locationPcode", "IQG16Q02"))
                .post("/api/v1/measurements").then().statusCode(409).contentType("application/problem+json");
        long others = indicator("COUNT", "INCREASE", 0, 24, null, "PUBLIC");
        given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON)
                .body(Map.of("indicatorId", others, "period", "2026-11", "value", 3))
                .post("/api/v1/measurements").then().statusCode(403);
    }

    @Test
    void anInternalIndicatorIsHiddenFromDonors() {
        long internal = indicator("COUNT", "INCREASE", 0, 10, null, "INTERNAL");
        as("donor").get("/api/v1/indicators/" + internal).then().statusCode(404);
        as("lead-doc").get("/api/v1/indicators/" + internal).then().statusCode(200);
    }

    private long indicator(String unit, String direction, double baseline, double target, Long reporter, String visibility) {
        return as("coordinator").contentType(ContentType.JSON).body(body(unit, direction, baseline, target, reporter, visibility))
                .post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Map<String, Object> body(String unit, String direction, double baseline, double target, Long reporter, String visibility) {
        Map<String, Object> body = new HashMap<>(Map.of("roadmapId", roadmapId, "code", unique("IND"),
                "name", text("Indicator " + unit, "مؤشر " + unit), "unit", unit, "direction", direction,
                "baselineValue", baseline, "targetValue", target, "visibility", visibility, "measureIds", List.of()));
        if (reporter != null) {
            body.put("reporterStakeholderId", reporter);
        }
        return body;
    }

    private static io.restassured.response.Response report(long indicator, String period, double value, String pcode) {
        Map<String, Object> body = new HashMap<>(Map.of("indicatorId", indicator, "period", period, "value", value));
        if (pcode != null) {
            body.put("locationPcode", pcode);
        }
        return as("coordinator").contentType(ContentType.JSON).body(body).post("/api/v1/measurements");
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
