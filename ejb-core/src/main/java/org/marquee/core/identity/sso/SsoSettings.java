package org.marquee.core.identity.sso;

import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Which providers this server offers, from its environment. A provider is offered when both
 * {@code MARQUEE_SSO_<P>_CLIENT_ID} and {@code MARQUEE_SSO_<P>_CLIENT_SECRET} are set ({@code <P>}
 * is {@code GOOGLE}, {@code GITHUB}, ...). Its endpoints are the provider's own unless overridden:
 * {@code MARQUEE_SSO_<P>_ISSUER} for OpenID Connect providers, {@code _AUTHORIZATION_URL},
 * {@code _TOKEN_URL} and {@code _USERINFO_URL} for OAuth 2 ones (tests point them at a local
 * server); {@code _SCOPES} replaces the scopes asked for (separated by spaces or commas). {@code MARQUEE_PUBLIC_URL} is the site's address as browsers see it, the base of the
 * redirect address registered at each provider.
 */
public record SsoSettings(Optional<URI> publicUrl, Map<SsoProvider, Client> clients) {

    private static final Logger LOG = Logger.getLogger(SsoSettings.class.getName());

    /** Our registration at one provider, and where to reach it. */
    public record Client(SsoProvider provider, String clientId, String clientSecret, SsoProvider.Protocol protocol) {

        @Override
        public String toString() {
            // Never the secret, should a client end up in a log line.
            return provider + " client " + clientId;
        }
    }

    public SsoSettings {
        clients = Collections.unmodifiableMap(new EnumMap<>(clients));
    }

    public static SsoSettings from(Function<String, String> environment) {
        Map<SsoProvider, Client> clients = new EnumMap<>(SsoProvider.class);
        for (SsoProvider provider : SsoProvider.values()) {
            client(provider, environment).ifPresent(client -> clients.put(provider, client));
        }
        Optional<URI> publicUrl = Optional.ofNullable(value(environment, "MARQUEE_PUBLIC_URL"))
                .map(url -> URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
        if (!clients.isEmpty()) {
            LOG.info(() -> "Single sign-on offered with " + clients.keySet());
        }
        return new SsoSettings(publicUrl, clients);
    }

    /** The offered providers, in the order of {@link SsoProvider}. */
    public List<SsoProvider> offered() {
        return Arrays.stream(SsoProvider.values()).filter(clients::containsKey).toList();
    }

    public Optional<Client> client(SsoProvider provider) {
        return Optional.ofNullable(clients.get(provider));
    }

    private static Optional<Client> client(SsoProvider provider, Function<String, String> environment) {
        String prefix = "MARQUEE_SSO_" + provider.name() + "_";
        String id = value(environment, prefix + "CLIENT_ID");
        String secret = value(environment, prefix + "CLIENT_SECRET");
        if (id == null || secret == null) {
            if (id != null || secret != null) {
                LOG.warning(() -> provider.label() + " sign-in is off: set both " + prefix + "CLIENT_ID and " + prefix
                        + "CLIENT_SECRET");
            }
            return Optional.empty();
        }
        List<String> scopes = Optional.ofNullable(value(environment, prefix + "SCOPES"))
                .map(list -> List.of(list.split("[\\s,]+")))
                .orElse(provider.protocol().scopes());
        SsoProvider.Protocol protocol;
        if (provider.protocol() instanceof SsoProvider.Oidc oidc) {
            protocol = new SsoProvider.Oidc(uri(environment, prefix + "ISSUER", oidc.issuer()), scopes);
        } else {
            SsoProvider.OAuth2 oauth = (SsoProvider.OAuth2) provider.protocol();
            protocol = new SsoProvider.OAuth2(
                    uri(environment, prefix + "AUTHORIZATION_URL", oauth.authorization()),
                    uri(environment, prefix + "TOKEN_URL", oauth.token()),
                    uri(environment, prefix + "USERINFO_URL", oauth.userInfo()),
                    scopes,
                    oauth.clientAuthentication(),
                    oauth.mapping());
        }
        return Optional.of(new Client(provider, id, secret, protocol));
    }

    private static URI uri(Function<String, String> environment, String name, URI fallback) {
        String value = value(environment, name);
        return value == null ? fallback : URI.create(value);
    }

    private static String value(Function<String, String> environment, String name) {
        String value = environment.apply(name.toUpperCase(Locale.ROOT));
        return value == null || value.isBlank() ? null : value.strip();
    }
}
