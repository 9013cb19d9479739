package iq.kharita.security;

import io.quarkus.test.junit.QuarkusTest;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class MeTest {

    @Inject
    DemoDataLoader demo;

    @Test
    void aWorkingGroupLeadSeesTheirInstitutionGroupsAndLanguage() {
        demo.load();
        given().auth().oauth2(Tokens.of("lead-doc")).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("lead-doc"))
                .body("roles", hasItem("wg-lead"))
                .body("institution.abbreviation", equalTo("ONSA"))
                .body("institution.name.ar", equalTo("مستشارية الأمن القومي"))
                .body("workingGroups.code", hasItem("WG-DOC"))
                .body("language", equalTo("ar"))
                .body("visibleLevels", containsInAnyOrder("PUBLIC", "PARTNERS", "INTERNAL"));
    }

    @Test
    void aDonorReadsInEnglishAndSeesPublicItemsOnly() {
        demo.load();
        given().auth().oauth2(Tokens.of("donor")).get("/api/v1/me").then().statusCode(200)
                .body("institution.abbreviation", equalTo("DK"))
                .body("language", equalTo("en"))
                .body("visibleLevels", contains("PUBLIC"));
    }

    @Test
    void thePartnerSystemIsItsInstitution() {
        demo.load();
        given().auth().oauth2(Tokens.partner()).get("/api/v1/me").then().statusCode(200)
                .body("roles", hasItem("partner"))
                .body("institution.abbreviation", equalTo("IOM"))
                .body("workingGroups", org.hamcrest.Matchers.empty());
    }
}
