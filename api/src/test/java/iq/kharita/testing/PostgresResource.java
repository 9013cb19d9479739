package iq.kharita.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import iq.kharita.devstack.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL for the whole test run, started once; no H2, no mocks. Its data lives in a directory of its own
 * and its port is fixed for the run, so that a fault test can stop it and start it again, as an outage would.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "kharita";

    private static EmbeddedPostgresServer server;
    private static Path dataDirectory;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("kharita-test-pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            server = EmbeddedPostgresServer.startPersistent(dataDirectory, port, DATABASE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", "postgres");
    }

    /** Stops the server, keeping its data: the database is down until {@link #startDatabase()}. */
    public static synchronized void stopDatabase() throws IOException {
        server.close();
    }

    public static synchronized void startDatabase() throws IOException {
        server = EmbeddedPostgresServer.startPersistent(dataDirectory, port, DATABASE);
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
