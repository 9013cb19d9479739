package iq.kharita.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "AuditEvent", requiredProperties = {"id", "entityType", "entityId", "action", "actor", "at", "changedFields"}, description = "One accepted write, with the item as it was before and after")
public record AuditEventRepresentation(
        long id,
        @Schema(examples = "measure") String entityType,
        @Schema(description = "Id of the item: a number, or a user id") String entityId,
        AuditAction action,
        @Schema(description = "Who made the change") String actor,
        Instant at,
        @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "The item before the change; absent for a creation") String before,
        @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "The item after the change; absent for a deletion") String after,
        @Schema(description = "For an update: the fields whose value changed") List<String> changedFields) {

    public static AuditEventRepresentation of(AuditEvent event) {
        return new AuditEventRepresentation(event.id, event.entityType, event.entityId, event.action, event.actor,
                event.at, event.before, event.after,
                event.action == AuditAction.UPDATE ? AuditDiff.changedFields(event.before, event.after) : List.of());
    }
}
