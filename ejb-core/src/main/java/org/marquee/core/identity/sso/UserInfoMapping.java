package org.marquee.core.identity.sso;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the user-info answer of a plain OAuth 2 provider reads. Each provider nests and names its
 * fields its own way, and says in its own way whether the address is verified.
 */
public enum UserInfoMapping {
    /**
     * {@code GET /user}: {@code id}, {@code login}, {@code name}, {@code email}. GitHub shows only
     * a verified address as the public one; without one, {@code /user/emails} is asked for the
     * primary verified address ({@link #primaryVerifiedEmail}).
     */
    GITHUB {
        @Override
        ProviderIdentity read(SsoProvider provider, Map<String, Object> json) {
            String email = text(json, "email");
            String name = Optional.ofNullable(text(json, "name")).orElse(text(json, "login"));
            return new ProviderIdentity(provider, text(json, "id"), email, email != null, name);
        }
    },
    /** Graph API {@code /me?fields=id,name,email}: the address is given only once confirmed. */
    FACEBOOK {
        @Override
        ProviderIdentity read(SsoProvider provider, Map<String, Object> json) {
            String email = text(json, "email");
            return new ProviderIdentity(provider, text(json, "id"), email, email != null, text(json, "name"));
        }
    },
    /** {@code /2/users/me}: {@code data.id}, {@code data.name}, {@code data.confirmed_email}. */
    X {
        @Override
        ProviderIdentity read(SsoProvider provider, Map<String, Object> json) {
            Map<String, Object> data = object(json, "data");
            String email = text(data, "confirmed_email");
            return new ProviderIdentity(provider, text(data, "id"), email, email != null, text(data, "name"));
        }
    },
    /** {@code /v2/user/info/}: {@code data.user.open_id}, {@code display_name}; TikTok gives no address. */
    TIKTOK {
        @Override
        ProviderIdentity read(SsoProvider provider, Map<String, Object> json) {
            Map<String, Object> user = object(object(json, "data"), "user");
            return new ProviderIdentity(provider, text(user, "open_id"), null, false, text(user, "display_name"));
        }
    };

    abstract ProviderIdentity read(SsoProvider provider, Map<String, Object> json);

    /** GitHub's {@code /user/emails}: the primary address, if GitHub verified it. */
    static Optional<String> primaryVerifiedEmail(List<Object> emails) {
        return emails.stream()
                .filter(Map.class::isInstance)
                .map(entry -> (Map<?, ?>) entry)
                .filter(entry ->
                        Boolean.TRUE.equals(entry.get("primary")) && Boolean.TRUE.equals(entry.get("verified")))
                .map(entry -> entry.get("email"))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .findFirst();
    }

    static String text(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (value instanceof Number number) {
            // GitHub's ids are numbers; 1.0E7 is not an id.
            return number instanceof Double || number instanceof Float
                    ? String.valueOf(number.longValue())
                    : number.toString();
        }
        return value instanceof String text ? text : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> json, String field) {
        Object value = json.get(field);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
