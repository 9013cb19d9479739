package iq.kharita.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import iq.kharita.common.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** A form's field messages come in the language the request asks for (the SPA sends its own), English otherwise. */
@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class LocalizedViolationsTest {

    /** A bad abbreviation (Kharita's own message), an empty English name (the built-in one), an overlong Arabic name (Kharita's, with its limit). */
    private static final Map<String, Object> INVALID = Map.of("abbreviation", "bad!", "name", Map.of("en", " ", "ar", "ب".repeat(301)), "type", "NGO");

    @Test
    void inArabicWhenAskedInArabic() {
        for (String asked : new String[] {"ar", "ar-IQ,ar;q=0.9,en;q=0.8"}) {
            given().header("Accept-Language", asked).contentType(ContentType.JSON).body(INVALID)
                    .when().post("/api/v1/stakeholders")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.find { it.field == 'abbreviation' }.message", equalTo("أحرف وأرقام ومسافات و- . / & ( ) فقط"))
                    .body("violations.find { it.field == 'name.en' }.message", equalTo("لا يمكن أن تكون فارغة"))
                    .body("violations.find { it.field == 'name.ar' }.message", equalTo("يجب ألا يزيد الطول على 300 حرفًا"));
        }
    }

    @Test
    void kharitasOwnChecksOnOtherDataAlso() {
        Map<String, Object> action = Map.of("measureId", 987654321, "title", Map.of("en", "Brief the clerks", "ar", "إحاطة الموظفين"),
                "assigneeStakeholderId", 1);
        given().header("Accept-Language", "ar").contentType(ContentType.JSON).body(action)
                .when().post("/api/v1/actions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("measureId"))
                .body("violations[0].message", equalTo("لا يوجد إجراء رقمه 987654321"))
                .body("violations[0]", not(hasKey("phrase")));
        given().contentType(ContentType.JSON).body(action)
                .when().post("/api/v1/actions")
                .then().statusCode(400).body("violations[0].message", equalTo("no measure has id 987654321"));
    }

    @Test
    void inEnglishWhenAskedInEnglishOrInNeither() {
        for (String asked : new String[] {"en", "fr-FR", null}) {
            var request = given().contentType(ContentType.JSON).body(INVALID);
            if (asked != null) {
                request.header("Accept-Language", asked);
            }
            request.when().post("/api/v1/stakeholders")
                    .then().statusCode(400)
                    .body("violations.find { it.field == 'abbreviation' }.message", equalTo("letters, digits, spaces, - . / & ( ) only"))
                    .body("violations.find { it.field == 'name.en' }.message", equalTo("must not be blank"))
                    .body("violations.find { it.field == 'name.ar' }.message", equalTo("size must be at most 300"));
        }
    }
}
