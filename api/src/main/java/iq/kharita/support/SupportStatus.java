package iq.kharita.support;

public enum SupportStatus {
    IDENTIFIED, REQUESTED, MATCHED, IN_DELIVERY, DELIVERED, DROPPED
}
