package iq.kharita.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Who created and last changed an item, and when; part of every representation. */
@Schema(name = "Tracking", requiredProperties = {"createdAt", "createdBy", "updatedAt", "updatedBy", "version"})
public record Tracking(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {

    public static Tracking of(TrackedEntity entity) {
        return new Tracking(entity.createdAt, entity.createdBy, entity.updatedAt, entity.updatedBy, entity.version);
    }
}
