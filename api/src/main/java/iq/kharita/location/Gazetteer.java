package iq.kharita.location;

import iq.kharita.common.I18nText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer in memory: places are reference data that only migrations change, so the board resolves a
 * measure's places and their governorates here instead of joining four levels of places per request.
 */
@ApplicationScoped
public class Gazetteer {

    private record Place(LocationRef ref, Long parentId) {
    }

    @Inject
    EntityManager em;

    private volatile Map<Long, Place> places;

    public LocationRef ref(long id) {
        return all().get(id).ref();
    }

    /** The governorate a place lies in (itself for a governorate); empty for a place outside any (Al-Hol). */
    public Optional<LocationRef> governorateOf(long id) {
        Map<Long, Place> all = all();
        for (Place place = all.get(id); place != null; place = place.parentId() == null ? null : all.get(place.parentId())) {
            if (place.ref().level() == LocationLevel.GOVERNORATE) {
                return Optional.of(place.ref());
            }
        }
        return Optional.empty();
    }

    private Map<Long, Place> all() {
        Map<Long, Place> loaded = places;
        if (loaded == null) {
            loaded = new HashMap<>();
            for (Object[] row : em.createQuery("select l.id, l.pcode, l.level, l.name.en, l.name.ar, l.parent.id from Location l left join l.parent",
                    Object[].class).getResultList()) {
                long id = (Long) row[0];
                loaded.put(id, new Place(new LocationRef(id, (String) row[1], (LocationLevel) row[2], new I18nText((String) row[3], (String) row[4])),
                        (Long) row[5]));
            }
            places = Map.copyOf(loaded);
        }
        return loaded;
    }
}
