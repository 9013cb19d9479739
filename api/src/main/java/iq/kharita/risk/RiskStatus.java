package iq.kharita.risk;

public enum RiskStatus {
    OPEN, MITIGATED, MATERIALISED, CLOSED
}
