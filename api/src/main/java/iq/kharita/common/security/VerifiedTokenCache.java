package iq.kharita.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Verifies a bearer token once and reuses the identity built from it until the token expires.
 *
 * <p>Quarkus OIDC verifies the token again on every request: parsing it twice, checking its RSA signature, building the
 * identity. That was about a quarter of the API's CPU on a small read (docs/benchmarks.md), while a client sends the same
 * token with every call for minutes. So this provider runs before OIDC's own (priority) and, on a miss, lets OIDC verify.
 *
 * <p>What makes reuse safe: the key is the whole token, so a token that differs in one character is verified afresh; only
 * identities that OIDC accepted are kept; an entry is used only before the token's {@code exp}, checked at each use; the
 * attributes that belong to one request (its routing context and blocking-call context) are the current request's.
 * What it gives up: a signing key withdrawn from Keycloak stops the tokens already seen only when they expire (the realm's
 * access tokens live 5 minutes). Logouts were never noticed before expiry either: tokens are verified locally, not introspected.
 * There is one OIDC tenant; a second one would have to be part of the key.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final OidcIdentityProvider oidc;
    private final boolean enabled;
    private final Cache<String, QuarkusSecurityIdentity> identities;
    private final LongAdder hits = new LongAdder();

    VerifiedTokenCache(OidcIdentityProvider oidc,
                       @ConfigProperty(name = "kharita.security.token-cache.max-size") int maxSize) {
        this.oidc = oidc;
        this.enabled = maxSize > 0;
        this.identities = Caffeine.newBuilder().maximumSize(Math.max(maxSize, 1)).expireAfter(new UntilTokenExpires()).build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of Quarkus OIDC's provider, which it calls itself on a miss. */
    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String token = request.getToken().getToken();
        if (!enabled || routing == null) {
            return oidc.authenticate(request, context);
        }
        QuarkusSecurityIdentity known = identities.getIfPresent(token);
        if (known != null && secondsLeft(known) > 0) {
            hits.increment();
            return Uni.createFrom().item(copy(known, routing, context));
        }
        return oidc.authenticate(request, context).invoke(verified -> remember(token, verified));
    }

    /** How many requests were served without verifying their token again (for tests and operations). */
    public long hits() {
        return hits.sum();
    }

    private void remember(String token, SecurityIdentity verified) {
        if (verified instanceof QuarkusSecurityIdentity identity && !identity.isAnonymous() && secondsLeft(identity) > 0) {
            identities.put(token, copy(identity, null, null));
        }
    }

    /**
     * The identity with the given request's context, or with none to be kept. Copied field by field, not with
     * {@code builder(identity)}, whose permission checker would hold on to the identity and so to the request that
     * brought the token. Permission checkers other than the granted permissions are not copied: a check would be refused.
     */
    private static QuarkusSecurityIdentity copy(QuarkusSecurityIdentity identity, RoutingContext routing, AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).addCredentials(identity.getCredentials()).addPermissions(identity.getPermissions());
        identity.getAttributes().forEach((name, value) -> {
            if (!name.equals(ROUTING_CONTEXT) && !name.equals(REQUEST_CONTEXT)) {
                copy.addAttribute(name, value);
            }
        });
        if (routing != null) {
            copy.addAttribute(ROUTING_CONTEXT, routing).addAttribute(REQUEST_CONTEXT, context);
        }
        return copy.build();
    }

    private static long secondsLeft(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0
                ? jwt.getExpirationTime() - Instant.now().getEpochSecond()
                : 0;
    }

    /** Evicts an entry when its token expires, so that the cache holds only tokens that are still usable. */
    private static final class UntilTokenExpires implements Expiry<String, QuarkusSecurityIdentity> {
        @Override
        public long expireAfterCreate(String token, QuarkusSecurityIdentity identity, long now) {
            return TimeUnit.SECONDS.toNanos(Math.max(secondsLeft(identity), 0));
        }

        @Override
        public long expireAfterUpdate(String token, QuarkusSecurityIdentity identity, long now, long remaining) {
            return expireAfterCreate(token, identity, now);
        }

        @Override
        public long expireAfterRead(String token, QuarkusSecurityIdentity identity, long now, long remaining) {
            return remaining;
        }
    }
}
