package org.marquee.core.notify;

import java.net.URI;
import java.util.function.Function;

/**
 * Twilio's account and sender, from the environment: {@code MARQUEE_TWILIO_ACCOUNT_SID}, {@code
 * MARQUEE_TWILIO_AUTH_TOKEN}, {@code MARQUEE_TWILIO_FROM} (a number in E.164 form or a messaging
 * service's sid), and {@code MARQUEE_TWILIO_API_BASE}, another address for Twilio's REST API
 * (tests: a loopback fake). Without the three first, texts are written to the log
 * ({@link #logsOnly()}); with only some of them the server refuses to start, rather than
 * silently log texts meant to be sent.
 */
public record SmsSettings(String accountSid, String authToken, String from, URI apiBase) {

    static final String ACCOUNT_SID = "MARQUEE_TWILIO_ACCOUNT_SID";
    static final String AUTH_TOKEN = "MARQUEE_TWILIO_AUTH_TOKEN";
    static final String FROM = "MARQUEE_TWILIO_FROM";
    static final String API_BASE = "MARQUEE_TWILIO_API_BASE";

    public static SmsSettings from(Function<String, String> environment) {
        String sid = value(environment, ACCOUNT_SID);
        String token = value(environment, AUTH_TOKEN);
        String from = value(environment, FROM);
        String base = value(environment, API_BASE);
        if (sid == null && token == null && from == null) {
            return new SmsSettings(null, null, null, null);
        }
        if (sid == null || token == null || from == null) {
            throw new IllegalStateException(
                    "Set all of " + ACCOUNT_SID + ", " + AUTH_TOKEN + " and " + FROM + ", or none of them");
        }
        URI api = null;
        if (base != null) {
            api = URI.create(base.replaceAll("/+$", ""));
            if (!("http".equals(api.getScheme()) || "https".equals(api.getScheme())) || api.getHost() == null) {
                throw new IllegalStateException(API_BASE + " is not an http(s) address: " + base);
            }
        }
        return new SmsSettings(sid, token, from, api);
    }

    private static String value(Function<String, String> environment, String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** No Twilio account: texts go to the server log. */
    public boolean logsOnly() {
        return accountSid == null;
    }

    @Override
    public String toString() {
        return "SmsSettings[accountSid=" + accountSid + ", from=" + from + ", apiBase=" + apiBase + "]";
    }
}
