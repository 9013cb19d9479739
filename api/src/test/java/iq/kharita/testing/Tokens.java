package iq.kharita.testing;

import io.restassured.RestAssured;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Real tokens from the test Keycloak for the demo users of keycloak/kharita-realm.json (password "<username>-demo"). */
public final class Tokens {

    /** Tokens live 5 minutes; a slow run must never send an expired one. */
    private static final Duration REUSE_FOR = Duration.ofMinutes(3);

    private record Cached(String token, Instant fetched) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String keycloakUrl() {
        return System.getProperty(KeycloakResource.URL_PROPERTY);
    }

    public static String of(String username) {
        return cached(username, () -> password("kharita", "kharita-demo-cli", username, username + "-demo"));
    }

    public static String password(String realm, String clientId, String username, String password) {
        return RestAssured.given().baseUri(keycloakUrl()).formParams(Map.of(
                        "grant_type", "password", "client_id", clientId, "username", username, "password", password))
                .post("/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static String partner() {
        return cached("partner-demo", () -> RestAssured.given().baseUri(keycloakUrl()).formParams(Map.of(
                        "grant_type", "client_credentials", "client_id", "partner-demo", "client_secret", "partner-demo-secret"))
                .post("/realms/kharita/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token"));
    }

    private static String cached(String key, Supplier<String> fetch) {
        return CACHE.compute(key, (k, cached) -> cached != null && cached.fetched().plus(REUSE_FOR).isAfter(Instant.now())
                ? cached : new Cached(fetch.get(), Instant.now())).token();
    }
}
