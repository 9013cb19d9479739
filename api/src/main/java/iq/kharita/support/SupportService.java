package iq.kharita.support;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Filters;
import iq.kharita.common.I18nText;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Versions;
import iq.kharita.common.problem.Phrase;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.security.Caller;
import iq.kharita.measure.MeasureService;
import iq.kharita.roadmap.RoadmapService;
import iq.kharita.stakeholder.Stakeholder;
import iq.kharita.stakeholder.StakeholderType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

@ApplicationScoped
public class SupportService {

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    MeasureService measures;

    @Inject
    RoadmapService roadmaps;

    public Page<SupportRepresentations.Need> list(Long roadmapId, Long measureId, List<SupportType> types, List<SupportStatus> statuses,
                                                  Long providerId, PageRequest page) {
        return new Filters()
                .readableBy("m.visibility", caller.visibleLevelList())
                .equal("m.roadmap.id", "roadmap", roadmapId)
                .equal("m.id", "measure", measureId)
                .in("n.type", "types", types)
                .in("n.status", "statuses", statuses)
                .equal("n.provider.id", "provider", providerId)
                .page(SupportNeed.class, "select n from SupportNeed n join fetch n.measure m", "select count(n) from SupportNeed n join n.measure m",
                        " order by lower(m.code), n.id", page)
                .map(SupportRepresentations.Need::of);
    }

    public SupportNeed require(long id) {
        SupportNeed need = SupportNeed.<SupportNeed>find("from SupportNeed n join fetch n.measure where n.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Support need", id));
        if (!caller.mayRead(need.measure.visibility)) {
            throw ProblemException.notFound("Support need", id);
        }
        return need;
    }

    /** Gaps are worked out need by need, then added up: two statements whatever the number of needs. */
    public FundingRepresentation funding(long roadmapId) {
        roadmaps.requireExists(roadmapId);
        List<SupportNeed> needs = SupportNeed.list("""
                        select n from SupportNeed n join fetch n.measure m join fetch m.pillar
                        where m.roadmap.id = ?1 and m.visibility in ?2 and n.estimatedCost is not null""",
                roadmapId, caller.visibleLevelList());
        return new FundingRepresentation(roadmapId,
                lines(needs, n -> "", n -> null),
                lines(needs, n -> n.measure.pillar.code, n -> n.measure.pillar.name),
                lines(needs, n -> n.type.name(), n -> null),
                lines(needs, n -> n.measure.code, n -> n.measure.title));
    }

    @Transactional
    public SupportRepresentations.Need create(SupportRepresentations.NeedCreate request) {
        requireCostAndCurrencyTogether(request.estimatedCost(), request.currency());
        SupportNeed need = new SupportNeed();
        need.measure = measures.find(request.measureId()).filter(m -> caller.mayRead(m.visibility))
                .orElseThrow(() -> ProblemException.invalid("measureId", Phrase.of("measure.unknown", request.measureId())));
        need.type = request.type();
        need.description = request.description();
        need.requester = stakeholder("requestingStakeholderId", request.requestingStakeholderId());
        need.provider = request.providerStakeholderId() == null ? null : stakeholder("providerStakeholderId", request.providerStakeholderId());
        need.status = request.status() == null ? SupportStatus.IDENTIFIED : request.status();
        need.estimatedCost = request.estimatedCost();
        need.currency = request.currency();
        need.persist();
        need.flush();
        SupportRepresentations.Need created = SupportRepresentations.Need.of(need);
        audit.created(SupportNeed.AUDIT_TYPE, need.id, created);
        return created;
    }

    @Transactional
    public SupportRepresentations.Need update(long id, String ifMatch, SupportRepresentations.NeedPatch patch) {
        SupportNeed need = require(id);
        Versions.requireMatch(ifMatch, need.version);
        SupportRepresentations.Need before = SupportRepresentations.Need.of(need);
        if (patch.type() != null) {
            need.type = patch.type();
        }
        if (patch.description() != null) {
            need.description = patch.description();
        }
        if (patch.requestingStakeholderId() != null) {
            need.requester = stakeholder("requestingStakeholderId", patch.requestingStakeholderId());
        }
        if (patch.providerStakeholderId() != null) {
            need.provider = patch.providerStakeholderId() == 0 ? null : stakeholder("providerStakeholderId", patch.providerStakeholderId());
        }
        if (patch.status() != null) {
            need.status = patch.status();
        }
        if (patch.estimatedCost() != null) {
            need.estimatedCost = patch.estimatedCost();
        }
        if (patch.currency() != null) {
            if (need.pledges.stream().anyMatch(p -> !p.currency.equals(patch.currency()))) {
                throw ProblemException.invalid("currency", "pledges were made in " + need.currency + "; the currency cannot change");
            }
            need.currency = patch.currency();
        }
        requireCostAndCurrencyTogether(need.estimatedCost, need.currency);
        need.touch();
        need.flush();
        SupportRepresentations.Need after = SupportRepresentations.Need.of(need);
        audit.updated(SupportNeed.AUDIT_TYPE, id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        SupportNeed need = require(id);
        Versions.requireMatch(ifMatch, need.version);
        if (!need.pledges.isEmpty()) {
            throw ProblemException.conflict("This need has " + need.pledges.size() + " pledge(s); withdraw or delete them first");
        }
        SupportRepresentations.Need before = SupportRepresentations.Need.of(need);
        need.delete();
        audit.deleted(SupportNeed.AUDIT_TYPE, id, before);
    }

    @Transactional
    public SupportRepresentations.PledgeView pledge(SupportRepresentations.PledgeCreate request) {
        SupportNeed need = SupportNeed.<SupportNeed>findByIdOptional(request.needId())
                .filter(n -> caller.mayRead(n.measure.visibility))
                .orElseThrow(() -> ProblemException.invalid("needId", "no support need has id " + request.needId()));
        if (need.currency == null) {
            throw ProblemException.invalid("needId", "the need has no estimated cost yet; cost it before pledging");
        }
        if (!need.currency.equals(request.currency())) {
            throw ProblemException.invalid("currency", "must be the need's currency, " + need.currency);
        }
        Pledge pledge = new Pledge();
        pledge.need = need;
        pledge.donor = stakeholder("donorStakeholderId", request.donorStakeholderId());
        if (pledge.donor.type != StakeholderType.DONOR) {
            throw ProblemException.invalid("donorStakeholderId", pledge.donor.abbreviation + " is not a donor");
        }
        pledge.amount = request.amount();
        pledge.currency = request.currency();
        pledge.status = request.status() == null ? PledgeStatus.PLEDGED : request.status();
        pledge.persist();
        need.pledges.add(pledge);
        pledge.flush();
        SupportRepresentations.PledgeView created = SupportRepresentations.PledgeView.of(pledge);
        audit.created(Pledge.AUDIT_TYPE, pledge.id, created);
        return created;
    }

    @Transactional
    public SupportRepresentations.PledgeView updatePledge(long id, String ifMatch, SupportRepresentations.PledgePatch patch) {
        Pledge pledge = Pledge.<Pledge>findByIdOptional(id)
                .filter(p -> caller.mayRead(p.need.measure.visibility))
                .orElseThrow(() -> ProblemException.notFound("Pledge", id));
        Versions.requireMatch(ifMatch, pledge.version);
        SupportRepresentations.PledgeView before = SupportRepresentations.PledgeView.of(pledge);
        if (patch.amount() != null) {
            pledge.amount = patch.amount();
        }
        if (patch.status() != null) {
            pledge.status = patch.status();
        }
        pledge.touch();
        pledge.flush();
        SupportRepresentations.PledgeView after = SupportRepresentations.PledgeView.of(pledge);
        audit.updated(Pledge.AUDIT_TYPE, id, before, after);
        return after;
    }

    private static List<FundingRepresentation.Line> lines(List<SupportNeed> needs, Function<SupportNeed, String> key,
                                                          Function<SupportNeed, I18nText> name) {
        Map<String, FundingRepresentation.Line> lines = new LinkedHashMap<>();
        needs.stream().sorted(Comparator.comparing(key).thenComparing(n -> n.currency)).forEach(need -> {
            String group = key.apply(need) + "|" + need.currency;
            FundingRepresentation.Line line = lines.get(group);
            BigDecimal estimated = need.status == SupportStatus.DROPPED ? BigDecimal.ZERO : need.estimatedCost;
            lines.put(group, new FundingRepresentation.Line(key.apply(need).isEmpty() ? null : key.apply(need), name.apply(need), need.currency,
                    add(line == null ? null : line.estimated(), estimated),
                    add(line == null ? null : line.pledged(), need.pledged()),
                    add(line == null ? null : line.gap(), need.gap()),
                    (line == null ? 0 : line.needs()) + 1));
        });
        return new ArrayList<>(lines.values());
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        return (sum == null ? BigDecimal.ZERO : sum).add(value == null ? BigDecimal.ZERO : value);
    }

    private static void requireCostAndCurrencyTogether(BigDecimal cost, String currency) {
        if ((cost == null) != (currency == null)) {
            throw ProblemException.invalid(cost == null ? "estimatedCost" : "currency", "estimated cost and currency go together");
        }
    }

    private static Stakeholder stakeholder(String field, long id) {
        return Stakeholder.<Stakeholder>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.invalid(field, Phrase.of("stakeholder.unknown", id)));
    }
}
