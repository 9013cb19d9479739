package iq.kharita.risk;

import java.util.List;

/** The filters of the risk register, already parsed. */
public record RiskQuery(Long roadmapId, Long measureId, List<RiskKind> kinds, List<RiskCategory> categories,
                        List<RiskStatus> statuses, Integer minScore, String text, String sort) {
}
