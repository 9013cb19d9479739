package iq.kharita.common.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The first answer to a POST sent with an Idempotency-Key; status is null while that first request runs. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Embeddable
    public record Id(String caller, @Column(name = "key") String key) implements Serializable {
    }

    @EmbeddedId
    public Id id;

    public String method;

    public String path;

    public Integer status;

    public String body;

    public String location;

    public String etag;

    @Column(name = "created_at")
    public Instant createdAt;
}
