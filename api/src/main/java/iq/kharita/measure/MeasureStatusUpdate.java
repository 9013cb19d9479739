package iq.kharita.measure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import iq.kharita.common.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One entry of a measure's timeline: a change of status or progress, with the note that explains it. Append-only. */
@Entity
@Table(name = "measure_status_update")
public class MeasureStatusUpdate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public MeasureStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public MeasureStatus toStatus;

    @Column(name = "from_progress")
    public Integer fromProgress;

    @Column(name = "to_progress")
    public int toProgress;

    public String note;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    public String actor;

    public Instant at;

    static MeasureStatusUpdate record(Measure measure, MeasureStatus fromStatus, Integer fromProgress, String note, String evidenceUrl) {
        MeasureStatusUpdate update = new MeasureStatusUpdate();
        update.measure = measure;
        update.fromStatus = fromStatus;
        update.toStatus = measure.status;
        update.fromProgress = fromProgress;
        update.toProgress = measure.progress;
        update.note = note;
        update.evidenceUrl = evidenceUrl;
        update.actor = Actor.current();
        update.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        update.persist();
        return update;
    }
}
