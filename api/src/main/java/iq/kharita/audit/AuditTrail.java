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
import java.time.temporal.ChronoUnit;

/**
 * Records every accepted write in the same transaction as the write itself, so that an audit record exists
 * exactly when the change does. Before and after are the public representations, never entities.
 */
@ApplicationScoped
public class AuditTrail {

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
        AuditEvent event = new AuditEvent();
        event.entityType = entityType;
        event.entityId = String.valueOf(id);
        event.action = action;
        event.actor = Actor.current();
        event.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        event.before = toJson(before);
        event.after = toJson(after);
        event.persist();
        announce(event, after != null ? after : before);
    }

    /**
     * NOTIFY in the same transaction: PostgreSQL delivers it to every listening instance when, and only if, the
     * change commits. The visibility travels with it so that each subscriber is told only of what it may read;
     * items without one of their own are announced to the CCPC only.
     */
    private void announce(AuditEvent event, Object item) {
        JsonNode node = json.valueToTree(item);
        String visibility = node.path("visibility").isTextual() ? node.get("visibility").asText() : null;
        Long version = node.path("tracking").path("version").isNumber() ? node.path("tracking").path("version").asLong() : null;
        ChangeEvent change = new ChangeEvent(event.entityType, event.entityId, event.action.name(), event.at,
                event.action == AuditAction.DELETE ? null : version,
                visibility == null ? null : Visibility.valueOf(visibility));
        AuditEvent.getEntityManager().createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", ChangeFeed.CHANNEL)
                .setParameter("payload", toJson(change))
                .getSingleResult();
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
