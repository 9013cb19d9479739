package iq.kharita.support;

import iq.kharita.common.I18nText;
import iq.kharita.common.TrackedEntity;
import iq.kharita.measure.Measure;
import iq.kharita.stakeholder.Stakeholder;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "support_need")
public class SupportNeed extends TrackedEntity {

    public static final String AUDIT_TYPE = "support-need";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @Enumerated(EnumType.STRING)
    public SupportType type;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    public I18nText description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requesting_stakeholder_id")
    public Stakeholder requester;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_stakeholder_id")
    public Stakeholder provider;

    @Enumerated(EnumType.STRING)
    public SupportStatus status;

    @Column(name = "estimated_cost")
    public BigDecimal estimatedCost;

    public String currency;

    @OneToMany(mappedBy = "need")
    public List<Pledge> pledges = new ArrayList<>();

    /** What the pledges still standing add up to. */
    public BigDecimal pledged() {
        return pledges.stream().filter(p -> p.status != PledgeStatus.WITHDRAWN).map(p -> p.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is still missing: never negative, so an over-pledged need does not hide another's gap; null when not costed. */
    public BigDecimal gap() {
        if (estimatedCost == null || status == SupportStatus.DROPPED) {
            return estimatedCost == null ? null : BigDecimal.ZERO;
        }
        return estimatedCost.subtract(pledged()).max(BigDecimal.ZERO);
    }
}
