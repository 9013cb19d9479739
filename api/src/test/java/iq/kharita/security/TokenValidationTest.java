package iq.kharita.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import iq.kharita.common.security.VerifiedTokenCache;
import iq.kharita.testing.KeycloakResource;
import iq.kharita.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Attacks on the bearer token, against the real Keycloak: each one is a 401 problem, never a way in, also after the token
 * (or one like it) was verified and cached once.
 */
@QuarkusTest
class TokenValidationTest {

    static final String MEASURES = "/api/v1/measures";

    @Inject
    VerifiedTokenCache verifiedTokens;

    @Test
    void aValidTokenReadsAndTheRightRoleIsStillNeededToWrite() {
        given().auth().oauth2(Tokens.of("donor")).get(MEASURES).then().statusCode(200);
        given().auth().oauth2(Tokens.partner()).get(MEASURES).then().statusCode(200);
        given().auth().oauth2(Tokens.of("donor")).contentType(ContentType.JSON)
                .body(Map.of("abbreviation", "X", "name", Map.of("en", "x", "ar", "س"), "type", "NGO"))
                .post("/api/v1/stakeholders").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void missingToken() {
        given().get(MEASURES).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"kharita\"");
    }

    @Test
    void malformedToken() {
        given().auth().oauth2("not-a-token").get(MEASURES).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void expiredToken() throws InterruptedException {
        String token = Tokens.password("kharita", KeycloakResource.SHORT_LIVED_CLIENT, "donor", "donor-demo");
        long cachedBefore = verifiedTokens.hits();
        given().auth().oauth2(token).get(MEASURES).then().statusCode(200);
        given().auth().oauth2(token).get(MEASURES).then().statusCode(200);
        assertThat(verifiedTokens.hits() - cachedBefore).as("the second use came from the cache").isEqualTo(1);
        // Wait for the token's own expiry (whole seconds), not a guessed delay: a 1 s token once expired before its first use on a slow CI host.
        long expiresAtMillis = Long.parseLong(claim(token, "exp")) * 1000;
        Thread.sleep(Math.max(0, expiresAtMillis - System.currentTimeMillis()) + 1_000);
        given().auth().oauth2(token).get(MEASURES).then().statusCode(401);
    }

    @Test
    void tokenFromAnotherRealm() {
        String token = Tokens.password("kharita-other", "kharita-demo-cli", "intruder", "intruder-demo");
        given().auth().oauth2(token).get(MEASURES).then().statusCode(401);
    }

    @Test
    void tokenMeantForAnotherAudience() {
        String token = Tokens.password("kharita", KeycloakResource.NO_AUDIENCE_CLIENT, "coordinator", "coordinator-demo");
        given().auth().oauth2(token).get(MEASURES).then().statusCode(401);
    }

    @Test
    void tamperedPayloadOrSignature() {
        String[] parts = Tokens.of("donor").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = payload.replace("\"donor\"", "\"ccpc-admin\"");
        String forged = parts[0] + "." + encode(promoted) + "." + parts[2];
        given().auth().oauth2(forged).get(MEASURES).then().statusCode(401);

        char last = parts[2].charAt(parts[2].length() - 2);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        given().auth().oauth2(badSignature).get(MEASURES).then().statusCode(401);
    }

    @Test
    void unsignedTokenWithAlgNone() {
        String payload = new String(Base64.getUrlDecoder().decode(Tokens.of("coordinator").split("\\.")[1]), StandardCharsets.UTF_8);
        String unsigned = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(payload) + ".";
        given().auth().oauth2(unsigned).get(MEASURES).then().statusCode(401);
    }

    @Test
    void theCallerIsWhoTheTokenSays() {
        given().auth().oauth2(Tokens.of("donor")).get("/api/v1/me").then().statusCode(200).body("username", equalTo("donor"));
    }

    @Test
    void aTokenVerifiedOnceIsReusedWithItsOwnCallerAndRoles() {
        String donor = Tokens.password("kharita", "kharita-demo-cli", "donor", "donor-demo");
        String coordinator = Tokens.password("kharita", "kharita-demo-cli", "coordinator", "coordinator-demo");
        long before = verifiedTokens.hits();
        for (int round = 0; round < 3; round++) {
            given().auth().oauth2(donor).get("/api/v1/me").then().statusCode(200).body("username", equalTo("donor"));
            given().auth().oauth2(coordinator).get("/api/v1/me").then().statusCode(200).body("username", equalTo("coordinator"));
            given().auth().oauth2(donor).contentType(ContentType.JSON)
                    .body(Map.of("abbreviation", "X", "name", Map.of("en", "x", "ar", "س"), "type", "NGO"))
                    .post("/api/v1/stakeholders").then().statusCode(403);
        }
        // nine requests with two tokens: each verified at its first use, the other seven served from the cache
        assertThat(verifiedTokens.hits() - before).isEqualTo(7);
    }

    private static String claim(String token, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher number = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(payload);
        if (!number.find()) throw new AssertionError("no numeric claim " + name + " in " + payload);
        return number.group(1);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
