package org.marquee.core.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SsoSettingsTest {

    @Test
    void aProviderIsOfferedOnlyWithBothIdAndSecret() {
        SsoSettings settings = SsoSettings.from(Map.of(
                "MARQUEE_SSO_GOOGLE_CLIENT_ID", "g-id",
                "MARQUEE_SSO_GOOGLE_CLIENT_SECRET", "g-secret",
                "MARQUEE_SSO_GITHUB_CLIENT_ID", "only-an-id")::get);
        assertEquals(List.of(SsoProvider.GOOGLE), settings.offered());
        assertFalse(settings.client(SsoProvider.GITHUB).isPresent());
        assertEquals(
                new SsoProvider.Oidc(URI.create("https://accounts.google.com"), List.of("openid", "email", "profile")),
                settings.client(SsoProvider.GOOGLE).orElseThrow().protocol());
        assertFalse(settings.client(SsoProvider.GOOGLE).orElseThrow().toString().contains("g-secret"));
    }

    @Test
    void endpointsAndThePublicAddressComeFromTheEnvironmentWhenSet() {
        SsoSettings settings = SsoSettings.from(Map.of(
                "MARQUEE_PUBLIC_URL", "https://tickets.example.test/",
                "MARQUEE_SSO_GOOGLE_CLIENT_ID", "g",
                "MARQUEE_SSO_GOOGLE_CLIENT_SECRET", "s",
                "MARQUEE_SSO_GOOGLE_ISSUER", "http://127.0.0.1:4380/google",
                "MARQUEE_SSO_GITHUB_CLIENT_ID", "h",
                "MARQUEE_SSO_GITHUB_CLIENT_SECRET", "s",
                "MARQUEE_SSO_GITHUB_TOKEN_URL", "http://127.0.0.1:4380/github/token",
                "MARQUEE_SSO_GITHUB_SCOPES", "openid read:user,user:email")::get);
        assertEquals(Optional.of(URI.create("https://tickets.example.test")), settings.publicUrl());
        assertEquals(
                URI.create("http://127.0.0.1:4380/google"),
                ((SsoProvider.Oidc) settings.client(SsoProvider.GOOGLE)
                                .orElseThrow()
                                .protocol())
                        .issuer());
        SsoProvider.OAuth2 github = (SsoProvider.OAuth2)
                settings.client(SsoProvider.GITHUB).orElseThrow().protocol();
        assertEquals(URI.create("http://127.0.0.1:4380/github/token"), github.token());
        assertEquals(URI.create("https://github.com/login/oauth/authorize"), github.authorization());
        assertEquals(List.of("openid", "read:user", "user:email"), github.scopes());
        assertTrue(settings.offered().containsAll(List.of(SsoProvider.GOOGLE, SsoProvider.GITHUB)));
    }

    @Test
    void nothingConfiguredOffersNothing() {
        assertTrue(SsoSettings.from(name -> null).offered().isEmpty());
    }
}
