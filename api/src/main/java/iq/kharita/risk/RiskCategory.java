package iq.kharita.risk;

/** The risks and assumptions that recur in the sources (domain.md section 7). */
public enum RiskCategory {
    COMMUNITY_REJECTION, ARMED_ACTOR_VETO, CLEARANCE_INCONSISTENCY, DOCUMENTATION_DENIAL, POLITICAL_BACKLASH,
    FUNDING_SHORTFALL, LPA_COOPTATION, SECONDARY_DISPLACEMENT, CAMP_CLOSURE_PRESSURE, GOVERNMENT_TURNOVER,
    GENDER_BARRIERS, CHILD_BARRIERS;

    /** Security-related risks are restricted to the CCPC unless someone decides otherwise. */
    public boolean securityRelated() {
        return this == COMMUNITY_REJECTION || this == ARMED_ACTOR_VETO || this == CLEARANCE_INCONSISTENCY;
    }
}
