package iq.kharita.lesson;

import iq.kharita.common.I18nText;
import iq.kharita.common.TrackedEntity;
import iq.kharita.common.Visibility;
import iq.kharita.location.Location;
import iq.kharita.measure.Measure;
import iq.kharita.pillar.Pillar;
import iq.kharita.roadmap.Roadmap;
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

import java.util.LinkedHashSet;
import java.util.Set;

@Entity
public class Lesson extends TrackedEntity {

    public static final String AUDIT_TYPE = "lesson";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    public Roadmap roadmap;

    @Enumerated(EnumType.STRING)
    public LessonKind kind;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    public I18nText title;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "body_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "body_ar"))
    public I18nText body;

    @Enumerated(EnumType.STRING)
    public LessonStatus status;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    /** Username of the person who wrote it: they may edit and submit their draft. */
    public String author;

    @ManyToMany
    @JoinTable(name = "lesson_measure", joinColumns = @JoinColumn(name = "lesson_id"), inverseJoinColumns = @JoinColumn(name = "measure_id"))
    public Set<Measure> measures = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "lesson_pillar", joinColumns = @JoinColumn(name = "lesson_id"), inverseJoinColumns = @JoinColumn(name = "pillar_id"))
    public Set<Pillar> pillars = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "lesson_location", joinColumns = @JoinColumn(name = "lesson_id"), inverseJoinColumns = @JoinColumn(name = "location_id"))
    public Set<Location> locations = new LinkedHashSet<>();

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;
}
