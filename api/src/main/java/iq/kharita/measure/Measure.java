package iq.kharita.measure;

import iq.kharita.common.I18nText;
import iq.kharita.common.TrackedEntity;
import iq.kharita.common.Visibility;
import iq.kharita.location.Location;
import iq.kharita.pillar.Pillar;
import iq.kharita.roadmap.Roadmap;
import iq.kharita.workinggroup.WorkingGroup;
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
import jakarta.persistence.OneToMany;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A legal, policy, operational or programmatic step of the roadmap, such as DOC-02. */
@Entity
public class Measure extends TrackedEntity {

    public static final String AUDIT_TYPE = "measure";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    public Roadmap roadmap;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pillar_id")
    public Pillar pillar;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "working_group_id")
    public WorkingGroup workingGroup;

    public String code;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    public I18nText title;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    public I18nText description;

    @Enumerated(EnumType.STRING)
    public MeasureType type;

    @Enumerated(EnumType.STRING)
    public MeasureLevel level;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    public MeasureStatus status;

    public int progress;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_mode")
    public ProgressMode progressMode = ProgressMode.MANUAL;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    /** Read side only: rows are replaced as a whole by {@link MeasureService} to keep the single-lead rule. */
    @OneToMany(mappedBy = "measure")
    public List<MeasureResponsibility> responsibilities = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "measure_location", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    public Set<Location> locations = new LinkedHashSet<>();

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    public static Optional<Measure> findByCode(long roadmapId, String code) {
        return find("roadmap.id = ?1 and lower(code) = lower(?2)", roadmapId, code).firstResultOptional();
    }
}
