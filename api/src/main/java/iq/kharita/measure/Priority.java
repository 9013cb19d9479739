package iq.kharita.measure;

/** Priority of a measure. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
