package iq.kharita.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}
