package org.marquee.core.identity.sso;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The single sign-on providers we know and how each is spoken to: OpenID Connect (discovery from
 * the issuer, an ID token validated against the provider's keys) where the provider offers it,
 * otherwise OAuth 2 (an access token, then the provider's user-info endpoint). The endpoints are
 * the providers' real ones; each can be overridden from the environment (see {@link SsoSettings}).
 */
public enum SsoProvider {
    GOOGLE("Google", Oidc.of("https://accounts.google.com", "openid email profile")),
    APPLE("Apple", Oidc.of("https://appleid.apple.com", "openid email name")),
    LINKEDIN("LinkedIn", Oidc.of("https://www.linkedin.com/oauth", "openid email profile")),
    // "common" takes work and personal accounts; its issuer names the user's tenant ({tenantid}).
    MICROSOFT("Microsoft", Oidc.of("https://login.microsoftonline.com/common/v2.0", "openid email profile")),
    GITHUB(
            "GitHub",
            new OAuth2(
                    "https://github.com/login/oauth/authorize",
                    "https://github.com/login/oauth/access_token",
                    "https://api.github.com/user",
                    "read:user user:email",
                    ClientAuthentication.FORM,
                    UserInfoMapping.GITHUB)),
    FACEBOOK(
            "Facebook",
            new OAuth2(
                    "https://www.facebook.com/v19.0/dialog/oauth",
                    "https://graph.facebook.com/v19.0/oauth/access_token",
                    "https://graph.facebook.com/v19.0/me?fields=id,name,email",
                    "public_profile email",
                    ClientAuthentication.FORM,
                    UserInfoMapping.FACEBOOK)),
    TIKTOK(
            "TikTok",
            new OAuth2(
                    "https://www.tiktok.com/v2/auth/authorize/",
                    "https://open.tiktokapis.com/v2/oauth/token/",
                    "https://open.tiktokapis.com/v2/user/info/?fields=open_id,display_name",
                    "user.info.basic",
                    ClientAuthentication.FORM_CLIENT_KEY,
                    UserInfoMapping.TIKTOK)),
    X(
            "X",
            new OAuth2(
                    "https://x.com/i/oauth2/authorize",
                    "https://api.x.com/2/oauth2/token",
                    "https://api.x.com/2/users/me?user.fields=confirmed_email",
                    "users.read tweet.read users.email",
                    ClientAuthentication.BASIC,
                    UserInfoMapping.X));

    private final String label;
    private final Protocol protocol;

    SsoProvider(String label, Protocol protocol) {
        this.label = label;
        this.protocol = protocol;
    }

    /** The name in addresses and in the environment: {@code google}, {@code MARQUEE_SSO_GOOGLE_...}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public Protocol protocol() {
        return protocol;
    }

    public boolean isOpenIdConnect() {
        return protocol instanceof Oidc;
    }

    public static Optional<SsoProvider> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }

    /** How a provider is spoken to, with its real endpoints. */
    public sealed interface Protocol permits Oidc, OAuth2 {
        List<String> scopes();
    }

    /** OpenID Connect: everything else comes from the issuer's discovery document. */
    public record Oidc(URI issuer, List<String> scopes) implements Protocol {
        static Oidc of(String issuer, String scopes) {
            return new Oidc(URI.create(issuer), List.of(scopes.split(" ")));
        }
    }

    /** Plain OAuth 2: three endpoints, and how the provider's user-info answer reads. */
    public record OAuth2(
            URI authorization,
            URI token,
            URI userInfo,
            List<String> scopes,
            ClientAuthentication clientAuthentication,
            UserInfoMapping mapping)
            implements Protocol {
        OAuth2(
                String authorization,
                String token,
                String userInfo,
                String scopes,
                ClientAuthentication clientAuthentication,
                UserInfoMapping mapping) {
            this(
                    URI.create(authorization),
                    URI.create(token),
                    URI.create(userInfo),
                    List.of(scopes.split(" ")),
                    clientAuthentication,
                    mapping);
        }
    }

    /** How the client proves itself at an OAuth 2 token endpoint. */
    public enum ClientAuthentication {
        /** {@code client_id} and {@code client_secret} in the form. */
        FORM,
        /** TikTok's spelling: {@code client_key} instead of {@code client_id}, in the form too. */
        FORM_CLIENT_KEY,
        /** HTTP Basic with the id and secret. */
        BASIC
    }
}
