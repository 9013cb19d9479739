package iq.kharita.stakeholder;

/** Kind of institution. Kharita records institutions only, never persons. */
public enum StakeholderType {
    MINISTRY, SECURITY, JUDICIAL, INDEPENDENT_COMMISSION, GOVERNORATE, COMMUNITY_MECHANISM, UN_AGENCY, NGO, DONOR
}
