package iq.kharita.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Id, optimistic-lock version and who/when columns shared by every editable entity. */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /**
     * Marks the item changed when only its collections (join tables) changed: those alone would not bump
     * the version, and a concurrent edit of the same item must still be detected.
     */
    public void touch() {
        onUpdate();
    }

    @PrePersist
    void onCreate() {
        createdAt = now();
        createdBy = Actor.current();
        updatedAt = createdAt;
        updatedBy = createdBy;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
        updatedBy = Actor.current();
    }

    /** Microseconds: what PostgreSQL stores, so a value read back equals the value written. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
