package iq.kharita.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the demo's PostgreSQL in the foreground until it is stopped (SIGTERM or Ctrl-C).
 * Usage: PostgresLauncher &lt;data-directory&gt; &lt;port&gt; &lt;database&gt; [&lt;binaries-jar&gt;]; the last names a
 * zonky binaries jar of another PostgreSQL version than the project's own.
 */
public final class PostgresLauncher {

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args.length > 0 ? args[0] : ".kharita/pgdata").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5433;
        String database = args.length > 2 ? args[2] : "kharita";
        Files.createDirectories(dataDirectory);

        EmbeddedPostgresServer server = args.length > 3
                ? EmbeddedPostgresServer.startPersistent(dataDirectory, port, database, Path.of(args[3]))
                : EmbeddedPostgresServer.startPersistent(dataDirectory, port, database);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("PostgreSQL ready: " + server.jdbcUrl() + " (data in " + dataDirectory + ")");
        stopped.await();
    }

    private PostgresLauncher() {
    }
}
