package iq.kharita.testing;

import io.restassured.RestAssured;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the test Keycloak for the demo users of keycloak/kharita-realm.json (password "<username>-demo"). */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String keycloakUrl() {
        return System.getProperty(KeycloakResource.URL_PROPERTY);
    }

    /** Cached per user: tokens live 5 minutes, longer than any test class here. */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, user -> password("kharita", "kharita-demo-cli", user, user + "-demo"));
    }

    public static String password(String realm, String clientId, String username, String password) {
        return RestAssured.given().baseUri(keycloakUrl()).formParams(Map.of(
                        "grant_type", "password", "client_id", clientId, "username", username, "password", password))
                .post("/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static String partner() {
        return CACHE.computeIfAbsent("partner-demo", client -> RestAssured.given().baseUri(keycloakUrl()).formParams(Map.of(
                        "grant_type", "client_credentials", "client_id", client, "client_secret", "partner-demo-secret"))
                .post("/realms/kharita/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token"));
    }
}
