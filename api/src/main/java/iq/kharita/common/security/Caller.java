package iq.kharita.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import iq.kharita.common.Visibility;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is calling, as the token says: roles, institution (stakeholder abbreviation), working groups (codes) and
 * language, and what they may read. The one place that turns a token into permissions.
 */
@RequestScoped
public class Caller {

    public static final String INSTITUTION_CLAIM = "institution";
    public static final String WORKING_GROUPS_CLAIM = "working_groups";

    @Inject
    SecurityIdentity identity;

    // worked out once per request: the board asks for each of its cards
    private Set<Visibility> visibleLevels;
    private Set<String> workingGroups;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean isCcpc() {
        return has(Roles.CCPC_ADMIN) || has(Roles.CCPC_STAFF);
    }

    /** Stakeholder abbreviation of the caller's institution, or null. */
    public String institution() {
        Object value = claim(INSTITUTION_CLAIM);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        return value == null ? null : value.toString();
    }

    /** Codes of the working groups the caller belongs to (WG-DOC...). */
    public Set<String> workingGroups() {
        if (workingGroups == null) {
            workingGroups = Collections.unmodifiableSet(workingGroupsOfToken());
        }
        return workingGroups;
    }

    private Set<String> workingGroupsOfToken() {
        Object value = claim(WORKING_GROUPS_CLAIM);
        Set<String> codes = new LinkedHashSet<>();
        if (value instanceof JsonArray array) {
            array.forEach(item -> codes.add(item instanceof JsonString text ? text.getString() : item.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> codes.add(String.valueOf(item)));
        } else if (value != null) {
            codes.add(value instanceof JsonString text ? text.getString() : value.toString());
        }
        return codes;
    }

    public String language() {
        Object value = claim("locale");
        String locale = value instanceof JsonString text ? text.getString() : value == null ? null : value.toString();
        return "en".equals(locale) ? "en" : "ar";
    }

    /**
     * Visibility levels the caller may read: PUBLIC for every role, PARTNERS for partners and above, INTERNAL for
     * CCPC and working group members, RESTRICTED for CCPC only.
     */
    public Set<Visibility> visibleLevels() {
        if (visibleLevels == null) {
            visibleLevels = Collections.unmodifiableSet(visibleLevelsOfRoles());
        }
        return visibleLevels;
    }

    private Set<Visibility> visibleLevelsOfRoles() {
        Set<Visibility> levels = EnumSet.noneOf(Visibility.class);
        if (identity.isAnonymous()) {
            return levels;
        }
        levels.add(Visibility.PUBLIC);
        if (has(Roles.PARTNER) || has(Roles.WG_LEAD) || has(Roles.FOCAL_POINT) || isCcpc()) {
            levels.add(Visibility.PARTNERS);
        }
        if (has(Roles.WG_LEAD) || has(Roles.FOCAL_POINT) || isCcpc()) {
            levels.add(Visibility.INTERNAL);
        }
        if (isCcpc()) {
            levels.add(Visibility.RESTRICTED);
        }
        return levels;
    }

    public boolean mayRead(Visibility visibility) {
        return visibleLevels().contains(visibility);
    }

    public List<Visibility> visibleLevelList() {
        return List.copyOf(visibleLevels());
    }

    private Object claim(String name) {
        if (identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return token.getClaim(name);
        }
        return identity.getAttribute(name);
    }
}
