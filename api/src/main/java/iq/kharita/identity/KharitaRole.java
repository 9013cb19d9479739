package iq.kharita.identity;

import iq.kharita.common.security.Roles;

/** The one role a Kharita user holds, as it is named in the realm. */
public enum KharitaRole {
    CCPC_ADMIN(Roles.CCPC_ADMIN), CCPC_STAFF(Roles.CCPC_STAFF), WG_LEAD(Roles.WG_LEAD),
    FOCAL_POINT(Roles.FOCAL_POINT), DONOR(Roles.DONOR), PARTNER(Roles.PARTNER);

    private final String realmRole;

    KharitaRole(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    public boolean needsWorkingGroup() {
        return this == WG_LEAD || this == FOCAL_POINT;
    }
}
