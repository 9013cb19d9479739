package iq.kharita.action;

/** Where an action stands. DONE and CANCELLED are closed; the others are open. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, BLOCKED, DONE, CANCELLED;

    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}
