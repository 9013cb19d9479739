package iq.kharita.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.zip.ZipFile;

/**
 * A real PostgreSQL server from the zonky binaries on Maven Central: no Docker, no system install.
 * As root, zonky runs initdb/postgres under {@code unshare -U}, so no extra OS user is needed.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String database;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    /** Starts a throw-away server on a free port, with its data in a temporary directory. */
    public static EmbeddedPostgresServer startEphemeral(String database) throws IOException {
        return open(EmbeddedPostgres.builder(), database);
    }

    /**
     * Starts a server whose data survives restarts, on a fixed port. Its log goes to this process's output (the
     * demo's postgres.log; the benchmark reads the statements the API sends from it).
     */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port, String database) throws IOException {
        return open(persistent(dataDirectory, port), database);
    }

    /**
     * As {@link #startPersistent}, with the server binaries of another major version: a zonky binaries jar from
     * Maven Central (the backup test runs PostgreSQL 15, the version whose pg_dump Debian 12 ships).
     */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port, String database, Path binariesJar)
            throws IOException {
        return open(persistent(dataDirectory, port).setPgBinaryResolver(fromJar(binariesJar)), database);
    }

    private static EmbeddedPostgres.Builder persistent(Path dataDirectory, int port) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .setPort(port);
    }

    private static PgBinaryResolver fromJar(Path binariesJar) {
        return (system, architecture) -> {
            try (ZipFile jar = new ZipFile(binariesJar.toFile())) {
                var entry = jar.getEntry(("postgres-" + system + "-" + architecture + ".txz").toLowerCase(java.util.Locale.ROOT));
                if (entry == null) {
                    throw new IOException(binariesJar + " holds no PostgreSQL for " + system + "-" + architecture);
                }
                return new ByteArrayInputStream(jar.getInputStream(entry).readAllBytes());
            }
        };
    }

    private static EmbeddedPostgresServer open(EmbeddedPostgres.Builder builder, String database) throws IOException {
        EmbeddedPostgres postgres = builder
                .setPGStartupWait(Duration.ofSeconds(60))
                // Arabic text: the cluster must be UTF-8 whatever the machine's locale
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("max_connections", "200")
                .start();
        createDatabaseIfMissing(postgres, database);
        return new EmbeddedPostgresServer(postgres, database);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database.replace("'", "''") + "'");
            if (!exists.next()) {
                statement.execute("create database \"" + database.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IOException("Could not create database " + database, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String database() {
        return database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
