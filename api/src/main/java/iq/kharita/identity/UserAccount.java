package iq.kharita.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UserAccount", description = "A person's access to Kharita (kept in Keycloak; Kharita stores no personal data itself)",
        requiredProperties = {"id", "username", "enabled", "workingGroups"})
public record UserAccount(
        String id,
        String username,
        String email,
        String firstName,
        String lastName,
        boolean enabled,
        @Schema(description = "The user's Kharita role, if any") KharitaRole role,
        @Schema(description = "Abbreviation of the user's institution", examples = "MoI-CA") String institution,
        @Schema(description = "Codes of the user's working groups") List<String> workingGroups,
        @Schema(description = "Set when the account was just created: whether Keycloak could send the invitation e-mail")
        Boolean invitationSent) {
}
