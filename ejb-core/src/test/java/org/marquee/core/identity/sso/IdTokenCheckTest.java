package org.marquee.core.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules an ID token must pass: signature, issuer, audience, expiry, nonce; and what counts as verified. */
class IdTokenCheckTest {

    private static final String ISSUER = "https://accounts.example.test";
    private static final String CLIENT = "marquee-client";
    private static final Nonce NONCE = new Nonce("nonce-of-this-sign-in");

    private static RSAKey providerKey;
    private static RSAKey strangerKey;

    @BeforeAll
    static void keys() throws JOSEException {
        providerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
        strangerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    }

    private static IdTokenCheck check(SsoProvider provider, String issuer) {
        return new IdTokenCheck(provider, issuer, CLIENT, new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())));
    }

    private static JWTClaimsSet.Builder valid() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(CLIENT)
                .subject("subject-42")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", NONCE.getValue())
                .claim("email", "Ada@Example.test")
                .claim("email_verified", true)
                .claim("name", "Ada Lovelace");
    }

    private static SignedJWT token(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        return signed(change.apply(valid()).build(), providerKey);
    }

    private static SignedJWT signed(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    private static void assertRefused(SignedJWT token) {
        SsoRefused refused = assertThrows(
                SsoRefused.class, () -> check(SsoProvider.GOOGLE, ISSUER).check(token, NONCE));
        assertEquals(SsoRefused.Reason.INVALID_RESPONSE, refused.reason());
    }

    @Test
    void aValidTokenNamesTheSubjectAndItsVerifiedAddress() throws JOSEException {
        ProviderIdentity identity = check(SsoProvider.GOOGLE, ISSUER).check(token(claims -> claims), NONCE);
        assertEquals(SsoProvider.GOOGLE, identity.provider());
        assertEquals("subject-42", identity.subject());
        assertEquals("Ada@Example.test", identity.email());
        assertTrue(identity.emailVerified());
        assertEquals("Ada Lovelace", identity.displayName());
    }

    @Test
    void aTokenForAnotherClientIsRefused() throws JOSEException {
        assertRefused(token(claims -> claims.audience("someone-else")));
    }

    @Test
    void aTokenWithAnotherNonceIsRefused() throws JOSEException {
        assertRefused(token(claims -> claims.claim("nonce", "nonce-of-another-sign-in")));
    }

    @Test
    void aTokenWithoutNonceIsRefused() throws JOSEException {
        assertRefused(token(claims -> claims.claim("nonce", null)));
    }

    @Test
    void anExpiredTokenIsRefused() throws JOSEException {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        assertRefused(token(claims ->
                claims.issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(5))))));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws JOSEException {
        assertRefused(token(claims -> claims.issuer("https://evil.example.test")));
    }

    @Test
    void aTokenSignedWithAKeyTheProviderDidNotPublishIsRefused() throws JOSEException {
        assertRefused(signed(valid().build(), strangerKey));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        var plain = new com.nimbusds.jwt.PlainJWT(valid().build());
        SsoRefused refused = assertThrows(
                SsoRefused.class, () -> check(SsoProvider.GOOGLE, ISSUER).check(plain, NONCE));
        assertEquals(SsoRefused.Reason.INVALID_RESPONSE, refused.reason());
    }

    @Test
    void anAddressTheProviderDidNotVerifyIsNotVerified() throws JOSEException {
        ProviderIdentity identity =
                check(SsoProvider.GOOGLE, ISSUER).check(token(claims -> claims.claim("email_verified", false)), NONCE);
        assertEquals("Ada@Example.test", identity.email());
        assertFalse(identity.emailVerified());

        ProviderIdentity silent =
                check(SsoProvider.GOOGLE, ISSUER).check(token(claims -> claims.claim("email_verified", null)), NONCE);
        assertFalse(silent.emailVerified(), "no claim is no verification");
    }

    @Test
    void applesStringTrueCountsAsVerified() throws JOSEException {
        ProviderIdentity identity =
                check(SsoProvider.APPLE, ISSUER).check(token(claims -> claims.claim("email_verified", "true")), NONCE);
        assertTrue(identity.emailVerified());
    }

    @Test
    void microsoftsTenantIssuerIsTheTenantOfTheToken() throws JOSEException {
        String template = "https://login.example.test/" + IdTokenCheck.TENANT_PLACEHOLDER + "/v2.0";
        SignedJWT token = token(claims -> claims.issuer("https://login.example.test/tenant-1/v2.0")
                .claim("tid", "tenant-1")
                .claim("email_verified", null)
                .claim("xms_edov", true));
        ProviderIdentity identity = check(SsoProvider.MICROSOFT, template).check(token, NONCE);
        assertTrue(identity.emailVerified(), "xms_edov: the tenant verified the address's domain");

        SignedJWT otherTenant = token(claims ->
                claims.issuer("https://login.example.test/tenant-1/v2.0").claim("tid", "tenant-2"));
        assertThrows(
                SsoRefused.class, () -> check(SsoProvider.MICROSOFT, template).check(otherTenant, NONCE));
    }
}
