package iq.kharita.risk;

import iq.kharita.common.I18nText;
import iq.kharita.common.TrackedEntity;
import iq.kharita.common.Visibility;
import iq.kharita.measure.Measure;
import iq.kharita.roadmap.Roadmap;
import iq.kharita.stakeholder.Stakeholder;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A risk to the roadmap, or an assumption it rests on, scored likelihood × impact. */
@Entity
public class Risk extends TrackedEntity {

    public static final String AUDIT_TYPE = "risk";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    public Roadmap roadmap;

    @Enumerated(EnumType.STRING)
    public RiskKind kind;

    @Enumerated(EnumType.STRING)
    public RiskCategory category;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    public I18nText title;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    public I18nText description;

    public int likelihood;

    public int impact;

    /** likelihood × impact, computed by the database. */
    @Column(insertable = false, updatable = false)
    public Integer score;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "mitigation_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "mitigation_ar"))
    public I18nText mitigation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_stakeholder_id")
    public Stakeholder owner;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Enumerated(EnumType.STRING)
    public RiskStatus status;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    @ManyToMany
    @JoinTable(name = "risk_measure", joinColumns = @JoinColumn(name = "risk_id"), inverseJoinColumns = @JoinColumn(name = "measure_id"))
    public Set<Measure> measures = new LinkedHashSet<>();

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;
}
