package iq.kharita.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.runtime.StartupEvent;
import iq.kharita.common.I18nText;
import iq.kharita.common.security.Roles;
import iq.kharita.location.Location;
import iq.kharita.measure.MeasureCreate;
import iq.kharita.measure.MeasureService;
import iq.kharita.measure.ProgressMode;
import iq.kharita.measure.ResponsibilityAssignment;
import iq.kharita.measure.ResponsibilityRole;
import iq.kharita.pillar.PillarCreate;
import iq.kharita.pillar.PillarRepresentation;
import iq.kharita.pillar.PillarService;
import iq.kharita.roadmap.Roadmap;
import iq.kharita.roadmap.RoadmapCreate;
import iq.kharita.roadmap.RoadmapService;
import iq.kharita.stakeholder.Stakeholder;
import iq.kharita.stakeholder.StakeholderCreate;
import iq.kharita.stakeholder.StakeholderService;
import iq.kharita.workinggroup.WorkingGroupCreate;
import iq.kharita.workinggroup.WorkingGroupRepresentation;
import iq.kharita.workinggroup.WorkingGroupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the demo roadmap of domain.md through the same services as the API, so that it passes the same
 * validation. Runs only where kharita.demo-data.enabled is true (demo and dev profiles), and only once:
 * a database that already has the demo roadmap is left alone. No personal data: institutions and places only.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String ROADMAP_CODE = "NRM-2026";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @ConfigProperty(name = "kharita.demo-data.enabled")
    boolean enabled;

    @Inject
    ObjectMapper json;

    @Inject
    StakeholderService stakeholders;

    @Inject
    RoadmapService roadmaps;

    @Inject
    PillarService pillars;

    @Inject
    WorkingGroupService groups;

    @Inject
    MeasureService measures;

    @Inject
    DemoRoadmapDetails details;

    @Inject
    CurrentIdentityAssociation identity;

    void onStart(@Observes StartupEvent event) {
        if (enabled && load()) {
            LOG.info("Loaded the demo roadmap " + ROADMAP_CODE);
        }
    }

    /**
     * Returns false when the demo roadmap is already there. Runs as a CCPC coordinator named demo-loader, so that
     * the services apply their usual rules and the audit trail says where the data came from.
     */
    @Transactional
    @ActivateRequestContext
    public boolean load() {
        if (Roadmap.findByCode(ROADMAP_CODE).isPresent()) {
            return false;
        }
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("demo-loader"))
                .addRole(Roles.CCPC_ADMIN).build());
        Map<String, Long> institutions = loadInstitutions();
        DemoData.RoadmapFile file = read("demo/roadmap.json", new TypeReference<>() {
        });
        DemoData.RoadmapDraft draft = file.roadmap();
        long roadmapId = roadmaps.create(new RoadmapCreate(draft.code(), I18nText.of(draft.en(), draft.ar()), draft.versionLabel(),
                draft.status(), institutions.get(draft.owner()))).id();

        Map<String, Long> pillarIds = new HashMap<>();
        int order = 1;
        for (DemoData.PillarDraft pillar : file.pillars()) {
            PillarRepresentation created = pillars.create(new PillarCreate(roadmapId, pillar.code(), I18nText.of(pillar.en(), pillar.ar()),
                    I18nText.of(pillar.descriptionEn(), pillar.descriptionAr()), order++));
            pillarIds.put(pillar.code(), created.id());
        }

        Map<String, Long> groupByPillar = new HashMap<>();
        for (DemoData.GroupDraft group : file.workingGroups()) {
            WorkingGroupRepresentation created = groups.create(new WorkingGroupCreate(roadmapId, group.code(),
                    I18nText.of(group.en(), group.ar()), institutions.get(group.lead()),
                    group.pillars().stream().map(pillarIds::get).toList(),
                    group.members().stream().map(institutions::get).toList(),
                    I18nText.of(group.torEn(), group.torAr())));
            group.pillars().forEach(code -> groupByPillar.put(code, created.id()));
        }

        Map<String, Long> measureIds = new HashMap<>();
        for (DemoData.MeasureDraft measure : file.measures()) {
            measureIds.put(measure.code(), measures.create(new MeasureCreate(pillarIds.get(measure.pillar()), groupByPillar.get(measure.pillar()), measure.code(),
                    I18nText.of(measure.en(), measure.ar()), null, measure.type(), measure.level(), measure.phase(),
                    measure.priority(), measure.status(), measure.progress(), ProgressMode.MANUAL, measure.start(), measure.due(),
                    measure.visibility(), measure.locations().stream().map(DemoDataLoader::place).toList(),
                    responsibilities(measure, institutions))).id());
        }
        details.load(read("demo/roadmap-details.json", new TypeReference<JsonNode>() {
        }), roadmapId, measureIds, pillarIds, institutions);
        return true;
    }

    private Map<String, Long> loadInstitutions() {
        Map<String, Long> ids = new HashMap<>();
        for (DemoData.Institution institution : read("demo/stakeholders.json", new TypeReference<List<DemoData.Institution>>() {
        })) {
            long id = Stakeholder.findByAbbreviation(institution.abbreviation())
                    .map(existing -> existing.id)
                    .orElseGet(() -> stakeholders.create(new StakeholderCreate(institution.abbreviation(),
                            I18nText.of(institution.en(), institution.ar()), institution.type(),
                            institution.parent() == null ? null : ids.get(institution.parent()))).id());
            ids.put(institution.abbreviation(), id);
        }
        return ids;
    }

    private static List<ResponsibilityAssignment> responsibilities(DemoData.MeasureDraft measure, Map<String, Long> institutions) {
        List<ResponsibilityAssignment> assignments = new ArrayList<>();
        assignments.add(new ResponsibilityAssignment(institutions.get(measure.lead()), ResponsibilityRole.LEAD));
        Stream.of(measure.coLead()).filter(java.util.Objects::nonNull).flatMap(List::stream)
                .forEach(code -> assignments.add(new ResponsibilityAssignment(institutions.get(code), ResponsibilityRole.CO_LEAD)));
        measure.support().forEach(code -> assignments.add(new ResponsibilityAssignment(institutions.get(code), ResponsibilityRole.SUPPORT)));
        measure.technical().forEach(code -> assignments.add(
                new ResponsibilityAssignment(institutions.get(code), ResponsibilityRole.TECHNICAL_SUPPORT_PROVIDER)));
        return assignments;
    }

    /** A P-code, or the English name of a place the gazetteer source lacks (Muhalabiya, Jeddah 1, Al-Hol). */
    private static Long place(String key) {
        return Location.findByPcode(key)
                .or(() -> Location.find("name.en", key).firstResultOptional())
                .map(location -> location.id)
                .orElseThrow(() -> new IllegalStateException("Demo data names an unknown place: " + key));
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
