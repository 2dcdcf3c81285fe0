package org.marquee.core.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The addresses mailed links point at, under the public site's address from
 * {@code MARQUEE_PUBLIC_URL} (default {@code http://localhost:8080}). Configured rather than taken
 * from the request: a forged Host header must not turn a reset link into someone else's site.
 */
public record AccountLinks(String base) {

    static final String VARIABLE = "MARQUEE_PUBLIC_URL";
    static final String DEFAULT = "http://localhost:8080";

    private static final Logger LOG = Logger.getLogger(AccountLinks.class.getName());

    public AccountLinks {
        if (!isHttpUrl(base)) {
            throw new IllegalArgumentException("Not an http(s) address: " + base);
        }
        base = base.strip().replaceAll("/+$", "");
    }

    public static AccountLinks from(Function<String, String> environment) {
        String value = environment.apply(VARIABLE);
        if (value == null || value.isBlank()) {
            return new AccountLinks(DEFAULT);
        }
        if (!isHttpUrl(value)) {
            LOG.warning(() -> VARIABLE + "=" + value + " is not an http(s) address; using " + DEFAULT);
            return new AccountLinks(DEFAULT);
        }
        return new AccountLinks(value);
    }

    private static boolean isHttpUrl(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(value.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String verifyEmail(String secret) {
        return base + "/account/verify.xhtml?token=" + encode(secret);
    }

    public String resetPassword(String secret) {
        return base + "/account/reset-password.xhtml?token=" + encode(secret);
    }

    public String forgotPassword() {
        return base + "/account/forgot-password.xhtml";
    }

    public String account() {
        return base + "/account/";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
