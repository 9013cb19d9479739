package iq.kharita.sequence;

import iq.kharita.common.TrackedEntity;
import iq.kharita.measure.Measure;
import iq.kharita.measure.MeasureStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** "measure waits for predecessor": one edge of the roadmap's sequence. */
@Entity
@Table(name = "measure_dependency")
public class Dependency extends TrackedEntity {

    public static final String AUDIT_TYPE = "dependency";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "predecessor_id")
    public Measure predecessor;

    @Enumerated(EnumType.STRING)
    public DependencyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_status")
    public MeasureStatus requiredStatus;

    public static List<Dependency> ofRoadmap(long roadmapId) {
        return list("select d from Dependency d join fetch d.measure m join fetch d.predecessor where m.roadmap.id = ?1", roadmapId);
    }

    /** Whether the predecessor, as it stands, lets the measure go ahead. */
    public boolean isSatisfied() {
        return isSatisfied(kind, requiredStatus, predecessor.status);
    }

    public static boolean isSatisfied(DependencyKind kind, MeasureStatus requiredStatus, MeasureStatus predecessorStatus) {
        MeasureStatus target = kind == DependencyKind.FINISH_TO_START ? MeasureStatus.COMPLETED : requiredStatus;
        return StatusRank.of(predecessorStatus) >= StatusRank.of(target);
    }
}
