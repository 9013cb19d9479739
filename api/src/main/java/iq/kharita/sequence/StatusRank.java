package iq.kharita.sequence;

import iq.kharita.measure.MeasureStatus;

/** How far along its lifecycle a status is, so that "until X reaches S" can be answered for any status. */
final class StatusRank {

    private StatusRank() {
    }

    static int of(MeasureStatus status) {
        return switch (status) {
            case CANCELLED -> -1;
            case PROPOSED -> 0;
            case ENDORSED -> 1;
            case NOT_STARTED -> 2;
            case IN_PROGRESS, DELAYED, ON_HOLD -> 3;
            case COMPLETED -> 4;
        };
    }
}
