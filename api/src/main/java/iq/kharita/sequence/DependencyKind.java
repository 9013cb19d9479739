package iq.kharita.sequence;

/** FINISH_TO_START: the measure starts when its predecessor is completed; UNTIL_STATUS: when it reaches a status. */
public enum DependencyKind {
    FINISH_TO_START, UNTIL_STATUS
}
