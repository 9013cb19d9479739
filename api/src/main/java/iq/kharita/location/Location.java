package iq.kharita.location;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import iq.kharita.common.I18nText;
import iq.kharita.common.problem.ProblemException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A place in the gazetteer: reference data loaded by migration, read-only through the API. */
@Entity
public class Location extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String pcode;

    @Column(name = "iso_code")
    public String isoCode;

    @Enumerated(EnumType.STRING)
    public LocationLevel level;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    public I18nText name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Location parent;

    public String country;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public boolean pilot;

    public String note;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    public static Optional<Location> findByPcode(String pcode) {
        return find("lower(pcode) = lower(?1)", pcode).firstResultOptional();
    }

    /**
     * For a filter parameter naming a place by P-code or id: that place and every place inside it, so that
     * "in Salah al-Din" finds what is in Shirqat too. Null when the parameter is blank; a 400 naming it when unknown.
     */
    public static List<Long> selfAndInside(String key, String parameter) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String value = key.strip();
        Location place = value.length() < 19 && value.chars().allMatch(Character::isDigit)
                ? Location.<Location>findByIdOptional(Long.parseLong(value)).orElse(null)
                : findByPcode(value).orElse(null);
        if (place == null) {
            throw ProblemException.invalid(parameter, "no place has this P-code or id");
        }
        return selfAndDescendantIds(place.id);
    }

    /** The place and every place inside it, for filters such as "measures in Salah al-Din". */
    @SuppressWarnings("unchecked")
    public static List<Long> selfAndDescendantIds(long id) {
        return getEntityManager().createNativeQuery("""
                        with recursive tree(id) as (
                            select id from location where id = :id
                            union all
                            select l.id from location l join tree t on l.parent_id = t.id)
                        select id from tree""", Long.class)
                .setParameter("id", id)
                .getResultList();
    }
}
