package iq.kharita.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The SPA is served at / and its deep links reach index.html; the API and Quarkus endpoints are untouched. */
@QuarkusTest
class SpaFallbackTest {

    @Test
    void servesTheAppAndItsDeepLinks() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html")).body(containsString("<div id=\"root\">"));
        given().when().get("/measures/12").then().statusCode(200).body(containsString("<div id=\"root\">"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/missing.js").then().statusCode(404);
    }
}
