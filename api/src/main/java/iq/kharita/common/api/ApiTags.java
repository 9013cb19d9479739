package iq.kharita.common.api;

/** Tag names of the published contract, one per feature; constants so that a rename is a deliberate change. */
public final class ApiTags {

    public static final String ROADMAPS = "Roadmaps";
    public static final String PILLARS = "Pillars";
    public static final String MEASURES = "Measures";
    public static final String STAKEHOLDERS = "Stakeholders";
    public static final String WORKING_GROUPS = "Working groups";
    public static final String LOCATIONS = "Locations";
    public static final String AUDIT = "Audit";
    public static final String ACTIONS = "Actions";
    public static final String SEQUENCE = "Sequence";
    public static final String RISKS = "Risks";
    public static final String SUPPORT = "Support and funding";
    public static final String INDICATORS = "Indicators";
    public static final String LESSONS = "Lessons";
    public static final String DASHBOARD = "Dashboard";
    public static final String IDENTITY = "Identity";
    public static final String USERS = "Users";

    private ApiTags() {
    }
}
