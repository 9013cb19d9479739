package iq.kharita.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UserInvite", description = "Invites a person: Keycloak e-mails them a link to set their password")
public record UserInvite(
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+", message = "{kharita.username.new}") String username,
        @NotBlank @Email @Size(max = 200) String email,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull KharitaRole role,
        @NotBlank @Size(max = 30) @Schema(description = "Abbreviation of an existing stakeholder", examples = "MoI-CA") String institution,
        @Size(max = 10) @Schema(description = "Working group codes; required for WG_LEAD and FOCAL_POINT") List<@NotBlank @Size(max = 30) String> workingGroups,
        @Pattern(regexp = "ar|en", message = "{kharita.language}") @Schema(description = "ar when left out") String language) {
}
