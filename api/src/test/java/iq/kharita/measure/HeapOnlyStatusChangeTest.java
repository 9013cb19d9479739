package iq.kharita.measure;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import iq.kharita.common.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static iq.kharita.testing.Fixtures.measure;
import static iq.kharita.testing.Fixtures.measureBody;
import static iq.kharita.testing.Fixtures.pillar;
import static iq.kharita.testing.Fixtures.roadmap;
import static iq.kharita.testing.Fixtures.stakeholder;
import static iq.kharita.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A status change must leave measure's indexes alone (a heap-only update): otherwise a busy workshop fills them with dead
 * entries that VACUUM may not clear, and every board, dashboard and list slows down (see V11 and docs/benchmarks.md).
 * An index added later on one of the columns below fails this test.
 */
@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class HeapOnlyStatusChangeTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStatusChangeIsAHeapOnlyUpdate() throws SQLException {
        long id = measure(measureBody(pillar(roadmap(), "DOC", 1), unique("HOT"), stakeholder()));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long[] before = updateCounts(connection);
                // the columns a status change writes (MeasureService.patch and actionsChanged, TrackedEntity.touch)
                try (PreparedStatement change = connection.prepareStatement("update measure set status = 'DELAYED', progress = 40,"
                        + " updated_at = now(), updated_by = 'hot-test', version = version + 1 where id = ?")) {
                    change.setLong(1, id);
                    assertThat(change.executeUpdate()).isEqualTo(1);
                }
                long[] after = updateCounts(connection);
                assertThat(after[0] - before[0]).as("updates").isEqualTo(1);
                assertThat(after[1] - before[1]).as("heap-only updates").isEqualTo(1);
            } finally {
                connection.rollback();
            }
        }
    }

    /** This connection's updates of measure not yet reported to the statistics (so the earlier uses of a pooled connection count too). */
    private static long[] updateCounts(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select pg_stat_get_xact_tuples_updated('measure'::regclass),"
                     + " pg_stat_get_xact_tuples_hot_updated('measure'::regclass)")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }
}
