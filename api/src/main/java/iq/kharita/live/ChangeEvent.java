package iq.kharita.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import iq.kharita.common.Visibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** "Something changed": enough for a board to refetch one item; never the item itself. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChangeEvent", requiredProperties = {"entityType", "entityId", "action", "at"})
public record ChangeEvent(
        @Schema(examples = "measure") String entityType,
        String entityId,
        @Schema(examples = "UPDATE") String action,
        Instant at,
        @Schema(description = "Version after the change; absent for a deletion") Long version,
        @Schema(hidden = true) Visibility visibility) {
}
