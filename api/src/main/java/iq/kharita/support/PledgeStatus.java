package iq.kharita.support;

/** A withdrawn pledge no longer counts towards a need's funding. */
public enum PledgeStatus {
    PLEDGED, DISBURSED, WITHDRAWN
}
