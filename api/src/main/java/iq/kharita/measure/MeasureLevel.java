package iq.kharita.measure;

/** Level of government at which the measure is carried out. */
public enum MeasureLevel {
    NATIONAL, GOVERNORATE, DISTRICT
}
