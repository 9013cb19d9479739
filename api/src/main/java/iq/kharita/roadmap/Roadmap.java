package iq.kharita.roadmap;

import iq.kharita.common.I18nText;
import iq.kharita.common.TrackedEntity;
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

import java.util.Optional;

@Entity
public class Roadmap extends TrackedEntity {

    public static final String AUDIT_TYPE = "roadmap";

    public String code;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    public I18nText title;

    @Column(name = "version_label")
    public String versionLabel;

    @Enumerated(EnumType.STRING)
    public RoadmapStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_stakeholder_id")
    public Stakeholder owner;

    public static Optional<Roadmap> findByCode(String code) {
        return find("lower(code) = lower(?1)", code).firstResultOptional();
    }
}
