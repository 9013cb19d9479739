package iq.kharita.reliability;

import io.quarkus.test.junit.QuarkusTest;
import iq.kharita.testing.KeycloakResource;
import iq.kharita.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * Keycloak stops: tokens already issued keep working (the API checks them against the signing keys it cached), new
 * sign-ins cannot happen, and user administration answers a clear 503 until Keycloak is back.
 */
@QuarkusTest
class KeycloakOutageAtRunTimeTest {

    @Test
    void issuedTokensKeepWorkingWhileKeycloakIsDown() throws Exception {
        String donor = Tokens.password("kharita", "kharita-demo-cli", "donor", "donor-demo");
        String coordinator = Tokens.password("kharita", "kharita-demo-cli", "coordinator", "coordinator-demo");
        given().auth().oauth2(donor).get("/api/v1/measures").then().statusCode(200);
        String tokenEndpoint = Tokens.keycloakUrl() + "/realms/kharita/protocol/openid-connect/token";

        KeycloakResource.stopKeycloak();
        try {
            given().auth().oauth2(donor).get("/api/v1/measures").then().statusCode(200);
            given().auth().oauth2(donor).get("/api/v1/me").then().statusCode(200).body("username", equalTo("donor"));
            given().get("/api/v1/measures").then().statusCode(401);
            assertThatThrownBy(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(tokenEndpoint)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.discarding()))
                    .as("no new sign-in while Keycloak is down").isInstanceOf(ConnectException.class);
            given().auth().oauth2(coordinator).get("/api/v1/users").then().statusCode(503).contentType("application/problem+json");
        } finally {
            KeycloakResource.startKeycloak();
        }
        given().auth().oauth2(Tokens.password("kharita", "kharita-demo-cli", "donor", "donor-demo")).get("/api/v1/measures").then().statusCode(200);
    }
}
