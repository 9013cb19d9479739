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

    /** The roadmap's pillars as the board and the dashboard name them, in the roadmap's order: their columns, not entities. */
    public static List<PillarRef> refsByRoadmap(long roadmapId) {
        return getEntityManager()
                .createQuery("select p.id, p.code, p.name.en, p.name.ar from Pillar p where p.roadmap.id = :roadmap order by p.sortOrder, p.id",
                        Object[].class)
                .setParameter("roadmap", roadmapId)
                .getResultList().stream()
                .map(row -> new PillarRef((Long) row[0], (String) row[1], new I18nText((String) row[2], (String) row[3])))
                .toList();
    }

    public static Optional<Pillar> findByCode(long roadmapId, String code) {
        return find("roadmap.id = ?1 and lower(code) = lower(?2)", roadmapId, code).firstResultOptional();
    }
}
