package iq.kharita.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the demo's Keycloak in the foreground until it is stopped (SIGTERM or Ctrl-C). Users invited during the demo
 * are kept between runs; the realm file is imported on the first run only.
 * Usage: KeycloakLauncher &lt;keycloak-home&gt; &lt;http-port&gt; &lt;management-port&gt; &lt;realm.json&gt; &lt;log&gt; [fresh]
 * ("fresh" forgets earlier runs: the browser tests start from the realm file alone).
 */
public final class KeycloakLauncher {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        int managementPort = Integer.parseInt(args[2]);
        Path realm = Path.of(args[3]).toAbsolutePath();
        Path log = Path.of(args[4]).toAbsolutePath();

        boolean fresh = args.length > 5 && args[5].equals("fresh");
        KeycloakServer server = KeycloakServer.start(home, port, managementPort, List.of(realm), fresh, log, Duration.ofSeconds(300));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.println("Keycloak ready: " + server.realmUrl("kharita"));
        stopped.await();
    }

    private KeycloakLauncher() {
    }
}
