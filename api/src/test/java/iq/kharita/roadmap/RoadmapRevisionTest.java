package iq.kharita.roadmap;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import iq.kharita.common.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static iq.kharita.testing.Fixtures.measure;
import static iq.kharita.testing.Fixtures.measureBody;
import static iq.kharita.testing.Fixtures.pillar;
import static iq.kharita.testing.Fixtures.roadmap;
import static iq.kharita.testing.Fixtures.stakeholder;
import static iq.kharita.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boards and progress summaries are served again while their roadmap's revision is unchanged (RevisionCache), so a
 * change to any table they read that did not raise it would leave every screen showing the old board. The changes
 * here are plain SQL, as any code path or a maintenance script would write them: the triggers, not the services, raise
 * the revision.
 */
@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class RoadmapRevisionTest {

    @Inject
    AgroalDataSource dataSource;

    long roadmap;
    long other;
    long lead;
    long supporter;
    long measure;
    long predecessor;

    @BeforeEach
    void roadmaps() {
        lead = stakeholder();
        supporter = stakeholder();
        roadmap = roadmap();
        long pillar = pillar(roadmap, "DOC", 1);
        measure = measure(measureBody(pillar, unique("REV"), lead));
        predecessor = measure(measureBody(pillar, unique("REV"), lead));
        other = roadmap();
        measure(measureBody(pillar(other, "DOC", 1), unique("REV"), lead));
    }

    @Test
    void everyChangeToWhatABoardShowsRaisesTheRevisionOfItsRoadmap() throws SQLException {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("a status change", "update measure set status = 'DELAYED', progress = 40 where id = :measure");
        changes.put("a pillar's order", "update pillar set sort_order = sort_order + 1 where roadmap_id = :roadmap");
        changes.put("a new working group", """
                insert into working_group (roadmap_id, code, name_en, name_ar, lead_stakeholder_id, created_at, created_by, updated_at, updated_by)
                values (:roadmap, 'WG-REV', 'Group', 'مجموعة', :lead, now(), 'test', now(), 'test')""");
        changes.put("a working group's name", "update working_group set name_en = 'Renamed' where roadmap_id = :roadmap");
        changes.put("a new risk", """
                insert into risk (roadmap_id, kind, category, title_en, title_ar, likelihood, impact, status, visibility, created_at, created_by, updated_at, updated_by)
                values (:roadmap, 'RISK', 'FUNDING_SHORTFALL', 'Risk', 'خطر', 4, 5, 'OPEN', 'PUBLIC', now(), 'test', now(), 'test')""");
        changes.put("a risk linked to a measure", "insert into risk_measure (risk_id, measure_id) select id, :measure from risk where roadmap_id = :roadmap");
        changes.put("a risk closed", "update risk set status = 'CLOSED' where roadmap_id = :roadmap");
        changes.put("a risk unlinked", "delete from risk_measure where measure_id = :measure");
        changes.put("a new responsibility", "insert into measure_responsibility (measure_id, stakeholder_id, role) values (:measure, :supporter, 'SUPPORT')");
        changes.put("a responsibility removed", "delete from measure_responsibility where measure_id = :measure and role = 'SUPPORT'");
        changes.put("a new place", "insert into measure_location (measure_id, location_id) select :measure, id from location where pcode = 'IQG16Q02'");
        changes.put("a place removed", "delete from measure_location where measure_id = :measure");
        changes.put("a new dependency", """
                insert into measure_dependency (measure_id, predecessor_id, kind, created_at, created_by, updated_at, updated_by)
                values (:measure, :predecessor, 'FINISH_TO_START', now(), 'test', now(), 'test')""");
        changes.put("a dependency removed", "delete from measure_dependency where measure_id = :measure");
        changes.put("a lead institution renamed", "update stakeholder set name_en = name_en || '.' where id = :lead");
        changes.put("a measure deleted", "delete from measure where id = :predecessor");
        for (Map.Entry<String, String> change : changes.entrySet()) {
            long before = revision(roadmap);
            long otherBefore = revision(other);
            int rows = commit(change.getValue());
            assertThat(rows).as(change.getKey() + ": rows changed").isPositive();
            assertThat(revision(roadmap)).as(change.getKey()).isGreaterThan(before);
            if (change.getKey().equals("a lead institution renamed")) {
                assertThat(revision(other)).as("the institution leads a measure of the other roadmap too").isGreaterThan(otherBefore);
            } else {
                assertThat(revision(other)).as(change.getKey() + " leaves another roadmap's revision alone").isEqualTo(otherBefore);
            }
        }
    }

    @Test
    void aChangeRolledBackRaisesNothing() throws SQLException {
        long before = revision(roadmap);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update measure set status = 'DELAYED' where id = " + measure);
            }
            connection.rollback();
        }
        assertThat(revision(roadmap)).isEqualTo(before);
    }

    private int commit(String sql) throws SQLException {
        String bound = sql.replace(":roadmap", String.valueOf(roadmap)).replace(":measure", String.valueOf(measure))
                .replace(":predecessor", String.valueOf(predecessor)).replace(":lead", String.valueOf(lead))
                .replace(":supporter", String.valueOf(supporter));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int rows;
            try (Statement statement = connection.createStatement()) {
                rows = statement.executeUpdate(bound);
            }
            connection.commit();
            return rows;
        }
    }

    private long revision(long roadmapId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select coalesce((select revision from roadmap_revision where roadmap_id = " + roadmapId + "), 0)")) {
            row.next();
            return row.getLong(1);
        }
    }
}
