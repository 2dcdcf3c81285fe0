package org.marquee.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The site's own origin and the content security policy, from the server's environment:
 * {@code MARQUEE_PUBLIC_URL} (the site as browsers see it), {@code MARQUEE_STRIPE_JS_URL}
 * (Stripe.js, default {@value #STRIPE_JS}) and {@code MARQUEE_STRIPE_API_BASE} (Stripe's API,
 * default {@value #STRIPE_API}), {@code MARQUEE_ALLOWED_HOSTS} (the host names served when there is no
 * public address) and {@code MARQUEE_TRUST_PROXY} (whether a proxy's {@code X-Forwarded-Proto}
 * is believed). The policy allows our own scripts and what the payment
 * providers' forms need (Stripe.js, its iframes and its API); PayPal is a redirect and needs
 * nothing. Scripts come from our own origin and the payment providers' only; inline scripts are
 * still allowed ({@code 'unsafe-inline'}) because Faces and PrimeFaces write event handlers
 * inline. PrimeFaces' nonce mode ({@code primefaces.CSP}) was tried and left off: it broke
 * Mojarra's {@code f:ajax} re-rendering (the checkout's promo code), refused posts that carry no
 * nonce and opened a session on every stateless page (see docs/operations.md).
 */
public record SiteSecurity(
        Optional<String> publicOrigin, String contentSecurityPolicy, Set<String> allowedHosts, boolean trustProxy) {

    /**
     * The policy of a Faces page whose inline scripts carry {@code nonce}: the site's policy with
     * the nonce added to {@code script-src}, its last directive. Event handler attributes and
     * scripts without the nonce stay refused.
     */
    public String contentSecurityPolicy(String nonce) {
        if (!CspNonce.wellFormed(nonce)) {
            throw new IllegalArgumentException("Not a nonce: " + nonce);
        }
        return contentSecurityPolicy + " 'nonce-" + nonce + "'";
    }

    /** The host names a request may name when {@code MARQUEE_PUBLIC_URL} is unset: this machine's. */
    static final String DEFAULT_HOSTS = "localhost,127.0.0.1,[::1]";

    static final String STRIPE_JS = "https://js.stripe.com/v3/";
    static final String STRIPE_API = "https://api.stripe.com";
    private static final String STRIPE_FRAMES = "https://js.stripe.com https://hooks.stripe.com";

    private static final SiteSecurity CURRENT = of(System::getenv);

    /** The settings of this server, read once. */
    public static SiteSecurity current() {
        return CURRENT;
    }

    public static SiteSecurity of(Function<String, String> environment) {
        Optional<String> site = origin(environment.apply("MARQUEE_PUBLIC_URL"));
        Set<String> payments = new LinkedHashSet<>();
        origin(orDefault(environment.apply("MARQUEE_STRIPE_JS_URL"), STRIPE_JS)).ifPresent(payments::add);
        origin(orDefault(environment.apply("MARQUEE_STRIPE_API_BASE"), STRIPE_API))
                .ifPresent(payments::add);
        String providers = String.join(" ", payments);
        String policy = "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none';"
                + " img-src 'self' data: blob: https://*.stripe.com; style-src 'self' 'unsafe-inline'; font-src 'self' data:;"
                + " connect-src 'self' " + providers + "; frame-src 'self' " + providers + " " + STRIPE_FRAMES + ";"
                + " script-src 'self' " + providers;
        return new SiteSecurity(
                site,
                policy,
                hosts(orDefault(environment.apply("MARQUEE_ALLOWED_HOSTS"), DEFAULT_HOSTS)),
                "true"
                        .equalsIgnoreCase(String.valueOf(environment.apply("MARQUEE_TRUST_PROXY"))
                                .strip()));
    }

    private static Set<String> hosts(String list) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String host : list.split("[,\\s]+")) {
            if (!host.isBlank()) {
                hosts.add(host.strip().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(hosts);
    }

    /**
     * Whether a request naming this {@code Host} may be served. With {@code MARQUEE_PUBLIC_URL}
     * every address is built from it, so any host may reach the site (a proxy often sends its own
     * upstream name). Without it pages build absolute addresses from the request, so only the
     * configured names ({@code MARQUEE_ALLOWED_HOSTS}, default {@value #DEFAULT_HOSTS}, any port)
     * are served; a request without a Host header names none.
     */
    public boolean hostAllowed(String host) {
        if (publicOrigin.isPresent()) {
            return true;
        }
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        name = name.startsWith("[") ? name.replaceFirst("(\\]):\\d+$", "$1") : name.replaceFirst(":\\d+$", "");
        return allowedHosts.contains(name);
    }

    /**
     * Whether the browser reached the site over HTTPS according to a TLS-terminating proxy's
     * {@code X-Forwarded-Proto}. Believed only with {@code MARQUEE_TRUST_PROXY=true}: without a
     * proxy in front, anyone can send the header.
     */
    public boolean forwardedHttps(String forwardedProto) {
        return trustProxy && forwardedProto != null && forwardedProto.strip().equalsIgnoreCase("https");
    }

    /**
     * The site's origin for absolute addresses (links in mails, feeds, og:url, structured data):
     * {@code MARQUEE_PUBLIC_URL} when set, never the request's {@code Host}, which anyone can
     * choose; only without it the request's own scheme, host and port.
     */
    public String origin(HttpServletRequest request) {
        return publicOrigin.orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean usual = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port);
        });
    }

    /** Whether the site is served over HTTPS as browsers see it. */
    public boolean publicHttps() {
        return publicOrigin.map(o -> o.startsWith("https://")).orElse(false);
    }

    /** {@code scheme://host[:port]} of an http(s) address, lower-cased; empty for anything else. */
    static Optional<String> origin(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
