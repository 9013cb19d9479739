package iq.kharita.support;

import iq.kharita.common.TrackedEntity;
import iq.kharita.stakeholder.Stakeholder;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;

/** A donor's pledge against a support need, in the need's currency. */
@Entity
public class Pledge extends TrackedEntity {

    public static final String AUDIT_TYPE = "pledge";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "support_need_id")
    public SupportNeed need;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "donor_stakeholder_id")
    public Stakeholder donor;

    public BigDecimal amount;

    public String currency;

    @Enumerated(EnumType.STRING)
    public PledgeStatus status;

}
