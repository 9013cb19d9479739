package iq.kharita.risk;

public enum RiskKind {
    RISK, ASSUMPTION
}
