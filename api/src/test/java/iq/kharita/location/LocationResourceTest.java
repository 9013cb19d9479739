package iq.kharita.location;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import iq.kharita.common.security.Roles;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class LocationResourceTest {

    @Test
    void holdsTheWholeGazetteerAndTheForeignAndMissingPlaces() {
        given().when().get("/api/v1/locations?level=GOVERNORATE&size=1").then().body("total", equalTo(18));
        given().when().get("/api/v1/locations?level=DISTRICT&size=1").then().body("total", equalTo(101));
        given().when().get("/api/v1/locations?level=SUBDISTRICT&country=IQ&size=1").then().body("total", equalTo(295));
        given().when().get("/api/v1/locations?country=SY").then().body("items.name.en", contains("Al-Hol camp"));
        given().when().get("/api/v1/locations?q=المحلبية").then().body("items[0].name.en", equalTo("Muhalabiya"))
                .body("items[0].pcode", equalTo(null));
    }

    @Test
    void describesAGovernorateWithItsIsoCodeAndArabicName() {
        given().when().get("/api/v1/locations?q=IQG16&level=GOVERNORATE").then().statusCode(200)
                .body("items[0].isoCode", equalTo("IQ-SD"))
                .body("items[0].name.ar", equalTo("صلاح الدين"))
                .body("items[0].pilot", equalTo(true));
    }

    @Test
    void listsThePilotDistrictsAndTheChildrenOfAPlace() {
        given().when().get("/api/v1/locations?pilot=true&level=DISTRICT&sort=pcode").then()
                .body("items.pcode", contains("IQG01Q02", "IQG13Q04", "IQG16Q02", "IQG16Q07"));
        given().when().get("/api/v1/locations?parent=IQG16Q07&sort=pcode").then()
                .body("items.name.en", contains("Ameraly", "Markaz Tooz Khurmato", "Sulaiman Baig"));
        // folded search: الانبار in the source matches الأنبار as people type it
        given().when().get("/api/v1/locations?q=الأنبار&level=GOVERNORATE").then().body("items.pcode", hasItems("IQG01"));
    }

    @Test
    void refusesUnknownParentsAndLevels() {
        given().when().get("/api/v1/locations?parent=IQG99").then().statusCode(400).body("violations[0].field", equalTo("parent"));
        given().when().get("/api/v1/locations?level=VILLAGE").then().statusCode(400).body("violations[0].field", equalTo("level"));
        given().when().get("/api/v1/locations?pilot=yes").then().statusCode(400).body("violations[0].field", equalTo("pilot"));
        given().when().get("/api/v1/locations/987654321").then().statusCode(404).contentType("application/problem+json");
    }
}
