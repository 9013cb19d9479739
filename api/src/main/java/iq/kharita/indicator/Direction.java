package iq.kharita.indicator;

/** Whether a rise (enrolment) or a fall (processing days) is the good news. */
public enum Direction {
    INCREASE, DECREASE
}
