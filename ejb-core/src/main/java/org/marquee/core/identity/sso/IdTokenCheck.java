package org.marquee.core.identity.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.text.ParseException;
import java.util.Objects;
import java.util.Set;

/**
 * The rules an ID token must pass before we believe it: signed with one of the provider's
 * published keys (its JWKS), issued by the provider's issuer, for our client id (audience), not
 * expired, and carrying the nonce of the sign-in we started. Then what it says about the user,
 * with the email address counting as verified only when the provider says so.
 */
public final class IdTokenCheck {

    /** Microsoft's multi-tenant issuer names the user's tenant in the token itself. */
    static final String TENANT_PLACEHOLDER = "{tenantid}";

    private static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256, JWSAlgorithm.PS256);
    private static final int CLOCK_SKEW_SECONDS = 60;

    private final SsoProvider provider;
    private final String issuer;
    private final ClientID clientId;
    private final JWKSource<SecurityContext> keys;

    public IdTokenCheck(SsoProvider provider, String issuer, String clientId, JWKSource<SecurityContext> keys) {
        this.provider = Objects.requireNonNull(provider);
        this.issuer = Objects.requireNonNull(issuer);
        this.clientId = new ClientID(clientId);
        this.keys = Objects.requireNonNull(keys);
    }

    public ProviderIdentity check(JWT idToken, Nonce expectedNonce) {
        Objects.requireNonNull(expectedNonce, "a sign-in always has a nonce");
        IDTokenValidator validator = new IDTokenValidator(
                expectedIssuer(idToken), clientId, new JWSVerificationKeySelector<>(ALGORITHMS, keys), null);
        validator.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        try {
            return identity(validator.validate(idToken, expectedNonce));
        } catch (BadJOSEException | JOSEException e) {
            throw new SsoRefused(
                    SsoRefused.Reason.INVALID_RESPONSE, provider.label() + " ID token refused: " + e.getMessage(), e);
        }
    }

    private Issuer expectedIssuer(JWT idToken) {
        if (!issuer.contains(TENANT_PLACEHOLDER)) {
            return new Issuer(issuer);
        }
        // Read before the signature is checked, but the signature check covers it: a forged tenant fails.
        try {
            Object tenant = idToken.getJWTClaimsSet().getClaim("tid");
            return new Issuer(issuer.replace(TENANT_PLACEHOLDER, tenant instanceof String t ? t : ""));
        } catch (ParseException e) {
            throw new SsoRefused(SsoRefused.Reason.INVALID_RESPONSE, "Unreadable ID token", e);
        }
    }

    private ProviderIdentity identity(IDTokenClaimsSet claims) {
        String email = claims.getStringClaim("email");
        boolean verified = isTrue(claims.getClaim("email_verified"))
                // Microsoft: the address's domain is verified by the tenant that issued it.
                || (provider == SsoProvider.MICROSOFT && isTrue(claims.getClaim("xms_edov")));
        return new ProviderIdentity(provider, claims.getSubject().getValue(), email, verified, name(claims));
    }

    private static String name(IDTokenClaimsSet claims) {
        String name = claims.getStringClaim("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String given = Objects.toString(claims.getStringClaim("given_name"), "");
        String family = Objects.toString(claims.getStringClaim("family_name"), "");
        return (given + " " + family).strip();
    }

    /** Apple sends {@code "true"} as a string, the others a JSON boolean. */
    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
    }
}
