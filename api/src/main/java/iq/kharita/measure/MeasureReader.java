package iq.kharita.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import iq.kharita.common.Visibility;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.location.Gazetteer;
import iq.kharita.location.LocationRef;
import iq.kharita.pillar.PillarRef;
import iq.kharita.stakeholder.StakeholderRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;

/**
 * Measures as readers see them, a page or one of them in one statement: each row with its pillar, its institutions and
 * its places' ids as JSON arrays, the places named by the gazetteer in memory. Partners, lists and the measure page
 * read far more often than anyone writes, and the entity graph cost a round trip per association and the hydration of
 * every column of five tables (docs/benchmarks.md has the before and after). Writes still load the entity; a status
 * change only its own row, taking its institutions and places from here.
 */
@ApplicationScoped
public class MeasureReader {

    private static final String SQL = """
            select m.id, m.roadmap_id, m.working_group_id, m.code, m.title_en, m.title_ar, m.description_en, m.description_ar,
                   m.type, m.level, m.phase, m.priority, m.status, m.progress, m.progress_mode, m.start_date, m.due_date, m.visibility,
                   m.created_at, m.created_by, m.updated_at, m.updated_by, m.version, p.id, p.code, p.name_en, p.name_ar,
                   (select json_agg(l.location_id) from measure_location l where l.measure_id = m.id)::text,
                   (select json_agg(json_build_array(r.role, s.id, s.abbreviation, s.name_en, s.name_ar))
                    from measure_responsibility r join stakeholder s on s.id = r.stakeholder_id where r.measure_id = m.id)::text
            from measure m join pillar p on p.id = m.pillar_id
            where m.id = %s""";

    @Inject
    EntityManager em;

    @Inject
    MeasureAccess access;

    @Inject
    Gazetteer gazetteer;

    @Inject
    ObjectMapper json;

    /** The measure; 404 for one that does not exist or is hidden from the caller. */
    public MeasureRepresentation read(long id) {
        List<?> rows = em.createNativeQuery(SQL.formatted(":id")).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Measure", id);
        }
        MeasureRepresentation measure = representation((Object[]) rows.get(0));
        access.requireVisible(id, measure.visibility());
        return measure;
    }

    /** The measures with these ids, in the same order, in one statement; the caller has filtered them by visibility. */
    public List<MeasureRepresentation> readAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MeasureRepresentation> read = new HashMap<>();
        for (Object row : em.createNativeQuery(SQL.formatted("any(:ids)")).setParameter("ids", ids.toArray(Long[]::new)).getResultList()) {
            MeasureRepresentation measure = representation((Object[]) row);
            read.put(measure.id(), measure);
        }
        // a measure deleted between the two statements is left out rather than shown as null
        return ids.stream().map(read::get).filter(Objects::nonNull).toList();
    }

    private MeasureRepresentation representation(Object[] row) {
        List<ResponsibilityView> responsibilities = responsibilities((String) row[28]);
        List<LocationRef> places = locationIds((String) row[27]).sorted().mapToObj(gazetteer::ref).toList();
        return new MeasureRepresentation(number(row[0]), number(row[1]),
                new PillarRef(number(row[23]), (String) row[24], new I18nText((String) row[25], (String) row[26])),
                row[2] == null ? null : number(row[2]), (String) row[3], new I18nText((String) row[4], (String) row[5]),
                row[6] == null && row[7] == null ? null : new I18nText((String) row[6], (String) row[7]),
                MeasureType.valueOf((String) row[8]), MeasureLevel.valueOf((String) row[9]), Phase.valueOf((String) row[10]),
                Priority.valueOf((String) row[11]), MeasureStatus.valueOf((String) row[12]), ((Number) row[13]).intValue(),
                ProgressMode.valueOf((String) row[14]), date(row[15]), date(row[16]), Visibility.valueOf((String) row[17]),
                ResponsibilityView.leadOf(responsibilities), responsibilities,
                places, new Tracking(instant(row[18]), (String) row[19], instant(row[20]), (String) row[21], number(row[22])));
    }

    private List<ResponsibilityView> responsibilities(String array) {
        List<ResponsibilityView> views = new ArrayList<>();
        for (JsonNode r : parse(array)) {
            views.add(new ResponsibilityView(new StakeholderRef(r.get(1).asLong(), r.get(2).asText(),
                    new I18nText(r.get(3).asText(), r.get(4).asText())), ResponsibilityRole.valueOf(r.get(0).asText())));
        }
        views.sort(ResponsibilityView.BY_ROLE_THEN_NAME);
        return views;
    }

    private LongStream locationIds(String array) {
        return StreamSupport.stream(parse(array).spliterator(), false).mapToLong(JsonNode::asLong);
    }

    /**
     * The JSON arrays of child rows (null when there are none). JSON rather than SQL arrays: Hibernate resolves a
     * {@code bigint[]} column of a native query anew at every execution, throwing and catching an exception each time.
     */
    private JsonNode parse(String array) {
        if (array == null) {
            return json.createArrayNode();
        }
        try {
            return json.readTree(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL's json_agg gave unreadable JSON", e);
        }
    }

    private static long number(Object column) {
        return ((Number) column).longValue();
    }

    private static LocalDate date(Object column) {
        return column instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) column;
    }

    private static Instant instant(Object column) {
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return column instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) column;
    }
}
