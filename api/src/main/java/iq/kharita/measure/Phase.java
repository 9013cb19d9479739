package iq.kharita.measure;

/** Phase of the roadmap: 0 preparatory, 1 pilots, 2 scale-up, 3 institutionalisation. */
public enum Phase {
    PREPARATORY, PILOT, SCALE_UP, INSTITUTIONALISATION
}
