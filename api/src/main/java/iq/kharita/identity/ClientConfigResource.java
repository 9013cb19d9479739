package iq.kharita.identity;

import iq.kharita.common.api.ApiTags;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the browser app signs in, read at run time so that one SPA build works against any Keycloak.
 * Public: it holds no secret, only the identity server's public address and the public client's id.
 */
@Path("/api/v1/client-config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.IDENTITY)
public class ClientConfigResource {

    @Schema(name = "ClientConfig", requiredProperties = {"keycloakUrl", "realm", "clientId"})
    public record ClientConfig(@Schema(examples = "http://localhost:8180") String keycloakUrl,
                               @Schema(examples = "kharita") String realm,
                               @Schema(examples = "kharita-web") String clientId) {
    }

    @ConfigProperty(name = "kharita.web.keycloak-url")
    String keycloakUrl;

    @ConfigProperty(name = "kharita.web.realm", defaultValue = "kharita")
    String realm;

    @ConfigProperty(name = "kharita.web.client-id", defaultValue = "kharita-web")
    String clientId;

    @GET
    @PermitAll
    @Operation(operationId = "getClientConfig", summary = "Where the browser app signs in (public)")
    public ClientConfig config() {
        return new ClientConfig(keycloakUrl, realm, clientId);
    }
}
