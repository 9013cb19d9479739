package iq.kharita.identity;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.problem.Violation;
import iq.kharita.common.security.Caller;
import iq.kharita.stakeholder.Stakeholder;
import iq.kharita.workinggroup.WorkingGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * User administration through Keycloak's admin API, with the API's own service account. Kharita keeps no copy of
 * people's names or e-mail addresses; Keycloak is the only store of personal data of users.
 */
@ApplicationScoped
public class UserService {

    static final String AUDIT_TYPE = "user";

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    public Page<UserAccount> list(String q, PageRequest page) {
        return KeycloakProblems.call("list users", () -> {
            RealmResource realmResource = keycloak.realm(realm);
            List<UserRepresentation> users = realmResource.users().search(q, page.offset(), page.size, false);
            long total = realmResource.users().count(q);
            Map<String, KharitaRole> roles = rolesByUser(realmResource);
            return new Page<>(users.stream().map(user -> account(user, roles.get(user.getId()), null)).toList(),
                    page.page, page.size, total);
        });
    }

    @Transactional
    public UserAccount invite(UserInvite invite) {
        requireKnownInstitutionAndGroups(invite);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(invite.username());
        user.setEmail(invite.email());
        user.setFirstName(invite.firstName());
        user.setLastName(invite.lastName());
        user.setEnabled(true);
        user.setRequiredActions(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put("institution", List.of(invite.institution()));
        attributes.put("locale", List.of(invite.language() == null ? "ar" : invite.language()));
        if (invite.workingGroups() != null && !invite.workingGroups().isEmpty()) {
            attributes.put("working_groups", List.copyOf(invite.workingGroups()));
        }
        user.setAttributes(attributes);

        UserAccount created = KeycloakProblems.call("create the user", () -> {
            RealmResource realmResource = keycloak.realm(realm);
            String id;
            try (Response response = realmResource.users().create(user)) {
                if (response.getStatus() == 409) {
                    throw ProblemException.conflict("A user with this username or e-mail already exists");
                }
                id = CreatedResponseUtil.getCreatedId(response);
            }
            realmResource.users().get(id).roles().realmLevel()
                    .add(List.of(realmResource.roles().get(invite.role().realmRole()).toRepresentation()));
            return account(realmResource.users().get(id).toRepresentation(), invite.role(), sendInvitation(realmResource, id));
        });
        audit.created(AUDIT_TYPE, created.id(), created);
        return created;
    }

    @Transactional
    public UserAccount disable(String id) {
        UserAccount disabled = KeycloakProblems.call("disable the user", () -> {
            RealmResource realmResource = keycloak.realm(realm);
            UserRepresentation user = realmResource.users().get(id).toRepresentation();
            UserAccount before = account(user, null, null);
            if (user.getUsername().equals(caller.name())) {
                throw ProblemException.conflict("You cannot disable your own account");
            }
            user.setEnabled(false);
            realmResource.users().get(id).update(user);
            realmResource.users().get(id).logout();
            audit.updated(AUDIT_TYPE, id, before, account(user, null, null));
            return account(user, null, null);
        });
        return disabled;
    }

    /** Best effort: without a mail server Keycloak refuses, and the administrator hands over the link instead. */
    private static boolean sendInvitation(RealmResource realmResource, String id) {
        try {
            realmResource.users().get(id).executeActionsEmail(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** One call per role, whatever the number of users on the page. */
    private static Map<String, KharitaRole> rolesByUser(RealmResource realmResource) {
        Map<String, KharitaRole> roles = new HashMap<>();
        for (KharitaRole role : KharitaRole.values()) {
            realmResource.roles().get(role.realmRole()).getUserMembers(0, 10_000)
                    .forEach(member -> roles.putIfAbsent(member.getId(), role));
        }
        return roles;
    }

    private static UserAccount account(UserRepresentation user, KharitaRole role, Boolean invitationSent) {
        Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
        List<String> institution = attributes.getOrDefault("institution", List.of());
        return new UserAccount(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName(),
                Boolean.TRUE.equals(user.isEnabled()), role, institution.isEmpty() ? null : institution.get(0),
                attributes.getOrDefault("working_groups", List.of()), invitationSent);
    }

    private static void requireKnownInstitutionAndGroups(UserInvite invite) {
        List<Violation> violations = new ArrayList<>();
        if (Stakeholder.findByAbbreviation(invite.institution()).isEmpty()) {
            violations.add(new Violation("institution", "no stakeholder has this abbreviation"));
        }
        List<String> groups = invite.workingGroups() == null ? List.of() : invite.workingGroups();
        if (invite.role().needsWorkingGroup() && groups.isEmpty()) {
            violations.add(new Violation("workingGroups", "a " + invite.role() + " belongs to at least one working group"));
        }
        for (int i = 0; i < groups.size(); i++) {
            if (WorkingGroup.count("lower(code) = lower(?1)", groups.get(i)) == 0) {
                violations.add(new Violation("workingGroups[" + i + "]", "no working group has this code"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

}
