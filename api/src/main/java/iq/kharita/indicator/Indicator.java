package iq.kharita.indicator;

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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
public class Indicator extends TrackedEntity {

    public static final String AUDIT_TYPE = "indicator";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    public Roadmap roadmap;

    public String code;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    public I18nText name;

    @Enumerated(EnumType.STRING)
    public IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_date")
    public LocalDate baselineDate;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_date")
    public LocalDate targetDate;

    /** The institution that reports measurements; its partner systems and focal points may post them. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reporter_stakeholder_id")
    public Stakeholder reporter;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @ManyToMany
    @JoinTable(name = "indicator_measure", joinColumns = @JoinColumn(name = "indicator_id"), inverseJoinColumns = @JoinColumn(name = "measure_id"))
    public Set<Measure> measures = new LinkedHashSet<>();

    /**
     * Share of the way from baseline to target, 0 to 100: (value − baseline) ÷ (target − baseline), which works for
     * both directions since target − baseline carries the sign. Moving the wrong way counts as 0.
     */
    public Integer progressOf(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal distance = targetValue.subtract(baselineValue);
        if (distance.signum() == 0) {
            return 100;
        }
        BigDecimal share = value.subtract(baselineValue).multiply(BigDecimal.valueOf(100)).divide(distance, 0, RoundingMode.HALF_UP);
        return Math.max(0, Math.min(100, share.intValue()));
    }
}
