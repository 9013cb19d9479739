package iq.kharita.support;

/** Kinds of technical support a measure may need. */
public enum SupportType {
    LEGAL_DRAFTING, POLICY_ADVICE, TRAINING, IT_SYSTEMS, DATA_ASSESSMENT, FACILITATION, EQUIPMENT, FUNDING
}
