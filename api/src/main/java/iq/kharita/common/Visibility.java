package iq.kharita.common;

/**
 * Who may read an item: PUBLIC every signed-in role, PARTNERS partners and above, INTERNAL CCPC and working group
 * members, RESTRICTED CCPC only (for example security-related risks). Ordered from widest to narrowest.
 */
public enum Visibility {
    PUBLIC, PARTNERS, INTERNAL, RESTRICTED
}
