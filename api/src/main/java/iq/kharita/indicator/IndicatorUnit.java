package iq.kharita.indicator;

import java.math.BigDecimal;

/** What an indicator counts, and which values make sense for it. */
public enum IndicatorUnit {
    COUNT, PERCENT, YES_NO, DAYS, AMOUNT;

    /** A reason the value cannot be, or null when it can. */
    String refuse(BigDecimal value) {
        if (value.signum() < 0) {
            return "must not be negative";
        }
        return switch (this) {
            case PERCENT -> value.compareTo(BigDecimal.valueOf(100)) > 0 ? "a percentage is at most 100" : null;
            case YES_NO -> value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0 ? "must be 0 (no) or 1 (yes)" : null;
            case COUNT, DAYS -> value.stripTrailingZeros().scale() > 0 ? "must be a whole number" : null;
            case AMOUNT -> null;
        };
    }
}
