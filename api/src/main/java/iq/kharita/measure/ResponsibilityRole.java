package iq.kharita.measure;

/** Part an institution plays in a measure (a RACI-like set); every measure has exactly one LEAD. */
public enum ResponsibilityRole {
    LEAD, CO_LEAD, SUPPORT, TECHNICAL_SUPPORT_PROVIDER, CONSULTED, INFORMED
}
