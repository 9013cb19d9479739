package iq.kharita.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Changes reach every API instance through PostgreSQL: the audit trail NOTIFYs on the channel in the writing
 * transaction (so only committed changes are announced), and each instance LISTENs on its own connection and
 * broadcasts to its subscribers. Several instances sharing one database therefore all see every change.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final String CHANNEL = "kharita_changes";

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    private final BroadcastProcessor<ChangeEvent> changes = BroadcastProcessor.create();
    private volatile boolean running;
    private Thread listener;

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "kharita-change-feed");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    public Multi<ChangeEvent> changes() {
        return changes;
    }

    /** Listens until shutdown; when the database goes away it waits and listens again. */
    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1_000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        changes.onNext(json.readValue(notification.getParameter(), ChangeEvent.class));
                    }
                }
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("Change feed interrupted (%s); listening again in 2 s", e.getMessage());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
