package iq.kharita.measure;

/** Whether a measure's progress is typed by hand or derived from its actions (done ÷ not cancelled). */
public enum ProgressMode {
    MANUAL, FROM_ACTIONS
}
