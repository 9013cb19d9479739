package iq.kharita.pillar;

import iq.kharita.common.I18nText;
import iq.kharita.common.TrackedEntity;
import iq.kharita.roadmap.Roadmap;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.List;
import java.util.Optional;

/** A thematic area of a roadmap (GOV, DOC, LEG...), taken forward by a working group. */
@Entity
public class Pillar extends TrackedEntity {

    public static final String AUDIT_TYPE = "pillar";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    public Roadmap roadmap;

    public String code;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    public I18nText name;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    public I18nText description;

    @Column(name = "sort_order")
    public int sortOrder;

    public static List<Pillar> listByRoadmap(long roadmapId) {
        return list("roadmap.id = ?1 order by sortOrder, id", roadmapId);
    }

    public static Optional<Pillar> findByCode(long roadmapId, String code) {
        return find("roadmap.id = ?1 and lower(code) = lower(?2)", roadmapId, code).firstResultOptional();
    }
}
