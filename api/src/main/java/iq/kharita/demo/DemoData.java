package iq.kharita.demo;

import iq.kharita.common.Visibility;
import iq.kharita.measure.MeasureLevel;
import iq.kharita.measure.MeasureStatus;
import iq.kharita.measure.MeasureType;
import iq.kharita.measure.Phase;
import iq.kharita.measure.Priority;
import iq.kharita.roadmap.RoadmapStatus;
import iq.kharita.stakeholder.StakeholderType;

import java.time.LocalDate;
import java.util.List;

/** The shape of the demo files in resources/demo/; institutions and places are named by abbreviation and P-code. */
final class DemoData {

    private DemoData() {
    }

    record Institution(String abbreviation, String en, String ar, StakeholderType type, String parent) {
    }

    record RoadmapFile(RoadmapDraft roadmap, List<PillarDraft> pillars, List<GroupDraft> workingGroups, List<MeasureDraft> measures) {
    }

    record RoadmapDraft(String code, String en, String ar, String versionLabel, RoadmapStatus status, String owner) {
    }

    record PillarDraft(String code, String en, String ar, String descriptionEn, String descriptionAr) {
    }

    record GroupDraft(String code, String en, String ar, String lead, List<String> pillars, List<String> members,
                      String torEn, String torAr) {
    }

    record MeasureDraft(String code, String pillar, MeasureType type, MeasureLevel level, Phase phase, Priority priority,
                        MeasureStatus status, int progress, LocalDate start, LocalDate due, Visibility visibility,
                        String en, String ar, String lead, List<String> coLead, List<String> support,
                        List<String> technical, List<String> locations) {
    }
}
