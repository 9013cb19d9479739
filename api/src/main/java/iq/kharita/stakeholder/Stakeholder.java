package iq.kharita.stakeholder;

import iq.kharita.common.I18nText;
import iq.kharita.common.TrackedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Optional;

/** An institution that takes part in the roadmap: a ministry, a security body, a UN agency, a donor... */
@Entity
public class Stakeholder extends TrackedEntity {

    public static final String AUDIT_TYPE = "stakeholder";

    public String abbreviation;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    public I18nText name;

    @Enumerated(EnumType.STRING)
    public StakeholderType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Stakeholder parent;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    public static Optional<Stakeholder> findByAbbreviation(String abbreviation) {
        return find("lower(abbreviation) = lower(?1)", abbreviation).firstResultOptional();
    }

    /** True when parent is this stakeholder or one of its descendants, so that linking would make a loop. */
    public boolean isAncestorOf(Stakeholder candidate) {
        for (Stakeholder current = candidate; current != null; current = current.parent) {
            if (current.id != null && current.id.equals(id)) {
                return true;
            }
        }
        return false;
    }
}
