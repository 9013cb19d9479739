package iq.kharita.measure;

/** Where a measure stands. */
public enum MeasureStatus {
    PROPOSED, ENDORSED, NOT_STARTED, IN_PROGRESS, DELAYED, ON_HOLD, COMPLETED, CANCELLED
}
