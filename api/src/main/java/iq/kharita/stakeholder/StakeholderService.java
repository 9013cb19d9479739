package iq.kharita.stakeholder;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Filters;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Sorting;
import iq.kharita.common.Versions;
import iq.kharita.common.problem.Phrase;
import iq.kharita.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class StakeholderService {

    private static final Map<String, String> SORTS = Map.of(
            "abbreviation", "lower(s.abbreviation)", "nameEn", "s.name.en", "nameAr", "s.name.ar", "type", "s.type");

    @Inject
    AuditTrail audit;

    public Page<StakeholderRepresentation> list(List<StakeholderType> types, Long parentId, String q, String sort, PageRequest page) {
        return new Filters()
                .in("s.type", "types", types)
                .equal("s.parent.id", "parent", parentId)
                .text("s.searchText", "q", q)
                .page(Stakeholder.class, "select s from Stakeholder s", "select count(s) from Stakeholder s",
                        Sorting.orderBy(sort, SORTS, "s"), page)
                .map(StakeholderRepresentation::of);
    }

    public Optional<Stakeholder> find(long id) {
        return Stakeholder.findByIdOptional(id);
    }

    @Transactional
    public StakeholderRepresentation create(StakeholderCreate request) {
        requireFreeAbbreviation(request.abbreviation(), null);
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.abbreviation = request.abbreviation().strip();
        stakeholder.name = request.name();
        stakeholder.type = request.type();
        stakeholder.parent = request.parentId() == null ? null : existing("parentId", request.parentId());
        stakeholder.persist();
        stakeholder.flush();
        StakeholderRepresentation created = StakeholderRepresentation.of(stakeholder);
        audit.created(Stakeholder.AUDIT_TYPE, stakeholder.id, created);
        return created;
    }

    @Transactional
    public StakeholderRepresentation update(long id, String ifMatch, StakeholderPatch patch) {
        Stakeholder stakeholder = require(id);
        Versions.requireMatch(ifMatch, stakeholder.version);
        StakeholderRepresentation before = StakeholderRepresentation.of(stakeholder);
        if (patch.abbreviation() != null) {
            requireFreeAbbreviation(patch.abbreviation(), id);
            stakeholder.abbreviation = patch.abbreviation().strip();
        }
        if (patch.name() != null) {
            stakeholder.name = patch.name();
        }
        if (patch.type() != null) {
            stakeholder.type = patch.type();
        }
        if (patch.parentId() != null) {
            stakeholder.parent = patch.parentId() == 0 ? null : existing("parentId", patch.parentId());
            if (stakeholder.isAncestorOf(stakeholder.parent)) {
                throw ProblemException.invalid("parentId", "would make the institution its own ancestor");
            }
        }
        stakeholder.flush();
        StakeholderRepresentation after = StakeholderRepresentation.of(stakeholder);
        audit.updated(Stakeholder.AUDIT_TYPE, id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Stakeholder stakeholder = require(id);
        Versions.requireMatch(ifMatch, stakeholder.version);
        String usage = StakeholderUsage.describe(id);
        if (usage != null) {
            throw ProblemException.conflict(stakeholder.abbreviation + " cannot be deleted while it is " + usage);
        }
        StakeholderRepresentation before = StakeholderRepresentation.of(stakeholder);
        stakeholder.delete();
        audit.deleted(Stakeholder.AUDIT_TYPE, id, before);
    }

    private Stakeholder require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Stakeholder", id));
    }

    private static Stakeholder existing(String field, long id) {
        return Stakeholder.<Stakeholder>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.invalid(field, Phrase.of("stakeholder.unknown", id)));
    }

    private static void requireFreeAbbreviation(String abbreviation, Long self) {
        Stakeholder.findByAbbreviation(abbreviation.strip())
                .filter(other -> !other.id.equals(self))
                .ifPresent(other -> {
                    throw ProblemException.conflict("Another stakeholder already uses the abbreviation " + other.abbreviation);
                });
    }
}
