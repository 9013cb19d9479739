package iq.kharita.measure;

/** Kind of measure. */
public enum MeasureType {
    LEGAL, POLICY, OPERATIONAL, PROGRAMMATIC
}
