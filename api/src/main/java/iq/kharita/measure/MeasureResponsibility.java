package iq.kharita.measure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import iq.kharita.stakeholder.Stakeholder;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The part one institution plays in one measure. */
@Entity
@Table(name = "measure_responsibility")
public class MeasureResponsibility extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id")
    public Stakeholder stakeholder;

    @Enumerated(EnumType.STRING)
    public ResponsibilityRole role;

    static MeasureResponsibility of(Measure measure, Stakeholder stakeholder, ResponsibilityRole role) {
        MeasureResponsibility responsibility = new MeasureResponsibility();
        responsibility.measure = measure;
        responsibility.stakeholder = stakeholder;
        responsibility.role = role;
        return responsibility;
    }
}
