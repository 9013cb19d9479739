package iq.kharita.common.security;

/** Realm roles of the kharita realm (keycloak/kharita-realm.json); constants for @RolesAllowed. */
public final class Roles {

    public static final String CCPC_ADMIN = "ccpc-admin";
    public static final String CCPC_STAFF = "ccpc-staff";
    public static final String WG_LEAD = "wg-lead";
    public static final String FOCAL_POINT = "focal-point";
    public static final String DONOR = "donor";
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
