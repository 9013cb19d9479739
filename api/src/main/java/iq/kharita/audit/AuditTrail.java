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
     * The record and its announcement in one statement: a status change, the most frequent write, spent a third of its
     * time persisting this append-only row as an entity and notifying in a second statement (benchmarks.md). The
     * data-modifying CTE runs whether or not the select reads it.
     */
    private static final String RECORD_AND_ANNOUNCE = """
            with recorded as (
                insert into audit_event (entity_type, entity_id, action, actor, at, before, after)
                values (:entityType, :entityId, :action, :actor, :at, cast(:before as jsonb), cast(:after as jsonb)))
            select pg_notify(:channel, :announcement)""";

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
        // the write's own statements go first, so that its constraint errors surface here as before, not at commit
        AuditEvent.flush();
        AuditEvent.getSession().createNativeQuery(RECORD_AND_ANNOUNCE)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .setParameter("action", action.name())
                .setParameter("actor", actor)
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .setParameter("before", beforeJson, String.class)
                .setParameter("after", afterJson, String.class)
                .setParameter("channel", ChangeFeed.CHANNEL)
                .setParameter("announcement", announcement)
                .getSingleResult();
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
