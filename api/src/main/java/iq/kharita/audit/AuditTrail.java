package iq.kharita.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.kharita.common.Actor;
import iq.kharita.common.Visibility;
import iq.kharita.live.ChangeEvent;
import iq.kharita.live.ChangeFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Records every accepted write in the same transaction as the write itself, so that an audit record exists
 * exactly when the change does. Before and after are the public representations, never entities.
 */
@ApplicationScoped
public class AuditTrail {

    /**
     * The record and its announcement in one statement on the transaction's connection: a status change, the most
     * frequent write, spent a third of its time persisting this append-only row through Hibernate and notifying in a
     * second statement (benchmarks.md). The data-modifying CTE runs whether or not the select reads it.
     */
    private static final String RECORD_AND_ANNOUNCE = """
            with recorded as (
                insert into audit_event (entity_type, entity_id, action, actor, at, before, after)
                values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb)))
            select pg_notify(?, ?)""";

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, Object id, Object after) {
        record(entityType, id, AuditAction.CREATE, null, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String entityType, Object id, Object before, Object after) {
        record(entityType, id, AuditAction.UPDATE, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String entityType, Object id, Object before) {
        record(entityType, id, AuditAction.DELETE, before, null);
    }

    private void record(String entityType, Object id, AuditAction action, Object before, Object after) {
        String entityId = String.valueOf(id);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // the item is turned into JSON once; the tree gives the announcement its visibility and version
        JsonNode item = json.valueToTree(after != null ? after : before);
        String itemJson = toJson(item);
        String beforeJson = before == null ? null : after == null ? itemJson : toJson(before);
        String afterJson = after == null ? null : itemJson;
        String announcement = toJson(announcement(entityType, entityId, action, at, item));
        String actor = Actor.current();
        Session session = AuditEvent.getSession();
        // the write's own statements go first, so that its constraint errors surface here as before, not at commit
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(RECORD_AND_ANNOUNCE)) {
                statement.setString(1, entityType);
                statement.setString(2, entityId);
                statement.setString(3, action.name());
                statement.setString(4, actor);
                statement.setObject(5, at.atOffset(ZoneOffset.UTC));
                statement.setString(6, beforeJson);
                statement.setString(7, afterJson);
                statement.setString(8, ChangeFeed.CHANNEL);
                statement.setString(9, announcement);
                statement.execute();
            }
        });
    }

    /**
     * NOTIFY in the same transaction: PostgreSQL delivers it to every listening instance when, and only if, the
     * change commits. The visibility travels with it so that each subscriber is told only of what it may read;
     * items without one of their own are announced to the CCPC only.
     */
    private static ChangeEvent announcement(String entityType, String entityId, AuditAction action, Instant at, JsonNode item) {
        String visibility = item.path("visibility").isTextual() ? item.get("visibility").asText() : null;
        Long version = item.path("tracking").path("version").isNumber() ? item.path("tracking").path("version").asLong() : null;
        return new ChangeEvent(entityType, entityId, action.name(), at, action == AuditAction.DELETE ? null : version,
                visibility == null ? null : Visibility.valueOf(visibility));
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Representation of an audited item cannot be written as JSON", e);
        }
    }
}
