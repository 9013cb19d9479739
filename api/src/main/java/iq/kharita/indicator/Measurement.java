package iq.kharita.indicator;

import iq.kharita.common.TrackedEntity;
import iq.kharita.location.Location;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The value of an indicator for one reporting period, nationally (no place) or in a governorate or district. */
@Entity
@Table(name = "indicator_measurement")
public class Measurement extends TrackedEntity {

    public static final String AUDIT_TYPE = "indicator-measurement";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    /** YYYY, YYYY-MM or YYYY-Qn: sorts in time order as text within one granularity. */
    public String period;

    public BigDecimal value;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    public Location location;

    public String note;
}
