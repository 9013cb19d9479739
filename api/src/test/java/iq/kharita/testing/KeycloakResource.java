package iq.kharita.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import iq.kharita.devstack.KeycloakServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak for the whole test run, with the project's realm (keycloak/kharita-realm.json) and, for the token
 * tests, a second realm and two extra clients: one issuing tokens that expire after a second, one without the API
 * audience.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    public static final String URL_PROPERTY = "kharita.test.keycloak-url";
    /** Its access tokens live 5 s: long enough to be used on a slow host, short enough to wait out. */
    public static final String SHORT_LIVED_CLIENT = "kharita-test-short-lived";
    public static final String NO_AUDIENCE_CLIENT = "kharita-test-no-audience";

    private static final List<Path> REALMS = List.of(Path.of("../keycloak/kharita-realm.json"),
            Path.of("src/test/resources/keycloak/kharita-other-realm.json"));
    private static final Path LOG = Path.of("target/keycloak.log");

    private static KeycloakServer server;
    private static Path home;
    private static int port;
    private static int managementPort;

    @Override
    public Map<String, String> start() {
        home = Path.of(System.getProperty("kharita.keycloak.home", "target/keycloak/keycloak-26.7.3"));
        try {
            port = freePort();
            managementPort = freePort();
            server = KeycloakServer.start(home, port, managementPort, REALMS, true, LOG, Duration.ofSeconds(300));
            addTestClients();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(URL_PROPERTY, server.url());
        return Map.of(
                "quarkus.oidc.auth-server-url", server.realmUrl("kharita"),
                "quarkus.keycloak.admin-client.server-url", server.url(),
                URL_PROPERTY, server.url());
    }

    /** Stops Keycloak, as an outage would; its data (realms, test clients) is kept for {@link #startKeycloak()}. */
    public static synchronized void stopKeycloak() {
        server.close();
    }

    public static synchronized void startKeycloak() throws IOException {
        server = KeycloakServer.start(home, port, managementPort, REALMS, false, LOG, Duration.ofSeconds(300));
    }

    private static void addTestClients() throws IOException {
        String admin = adminToken();
        String audience = """
                {"name": "audience", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
                 "config": {"included.custom.audience": "kharita-api", "access.token.claim": "true"}}""";
        createClient(admin, """
                {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true, "standardFlowEnabled": false,
                 "attributes": {"access.token.lifespan": "5"}, "protocolMappers": [%s]}""".formatted(SHORT_LIVED_CLIENT, audience));
        createClient(admin, """
                {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true, "standardFlowEnabled": false}"""
                .formatted(NO_AUDIENCE_CLIENT));
    }

    private static String adminToken() throws IOException {
        String body = "grant_type=password&client_id=admin-cli&username=" + KeycloakServer.ADMIN_USER + "&password=" + KeycloakServer.ADMIN_PASSWORD;
        String json = send(HttpRequest.newBuilder(uri(server.realmUrl("master") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 200);
        return json.replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static void createClient(String adminToken, String json) throws IOException {
        send(HttpRequest.newBuilder(uri(server.url() + "/admin/realms/kharita/clients"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), 201);
    }

    private static String send(HttpRequest request, int expected) throws IOException {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IOException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static URI uri(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
