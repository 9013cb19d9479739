package iq.kharita.action;

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

import java.time.LocalDate;

/** A concrete step under a measure, assigned to a member institution of the measure's working group. */
@Entity
public class Action extends TrackedEntity {

    public static final String AUDIT_TYPE = "action";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    public I18nText title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_stakeholder_id")
    public Stakeholder assignee;

    /** Username of the person following the action at the assignee, if named. */
    @Column(name = "focal_point")
    public String focalPoint;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    public String note;

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }
}
