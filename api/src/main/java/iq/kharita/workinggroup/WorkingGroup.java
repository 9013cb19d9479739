package iq.kharita.workinggroup;

import iq.kharita.common.I18nText;
import iq.kharita.common.TrackedEntity;
import iq.kharita.pillar.Pillar;
import iq.kharita.roadmap.Roadmap;
import iq.kharita.stakeholder.Stakeholder;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A thematic working group set up after the national workshop to take one or more pillars forward. */
@Entity
@Table(name = "working_group")
public class WorkingGroup extends TrackedEntity {

    public static final String AUDIT_TYPE = "working-group";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    public Roadmap roadmap;

    public String code;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    public I18nText name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_stakeholder_id")
    public Stakeholder lead;

    @ManyToMany
    @JoinTable(name = "working_group_pillar", joinColumns = @JoinColumn(name = "working_group_id"),
            inverseJoinColumns = @JoinColumn(name = "pillar_id"))
    @OrderBy("sortOrder")
    public Set<Pillar> pillars = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "working_group_member", joinColumns = @JoinColumn(name = "working_group_id"),
            inverseJoinColumns = @JoinColumn(name = "stakeholder_id"))
    @OrderBy("abbreviation")
    public Set<Stakeholder> members = new LinkedHashSet<>();

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "terms_of_reference_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "terms_of_reference_ar"))
    public I18nText termsOfReference;

    public static Optional<WorkingGroup> findByCode(long roadmapId, String code) {
        return find("roadmap.id = ?1 and lower(code) = lower(?2)", roadmapId, code).firstResultOptional();
    }

    public boolean covers(Pillar pillar) {
        return pillars.stream().anyMatch(p -> p.id.equals(pillar.id));
    }
}
