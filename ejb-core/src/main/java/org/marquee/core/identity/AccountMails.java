package org.marquee.core.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.notify.Outbox;

/**
 * The mail of the account area, queued in the caller's transaction (MANDATORY) in the user's
 * language. Each has a dedupe key naming its event, so a repeated step never mails twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountMails {

    @EJB
    private Outbox outbox;

    @Inject
    private AccountLinks links;

    public void verifyEmail(User user, long tokenId, String secret) {
        sendSecret(
                "verify-email:" + tokenId,
                user,
                "verify-email",
                Map.of(
                        "name", user.displayName(),
                        "link", links.verifyEmail(secret),
                        "hours",
                                String.valueOf(
                                        TokenPurpose.VERIFY_EMAIL.lifetime().toHours())));
    }

    public void welcome(User user) {
        send("welcome:" + user.id(), user, "welcome", Map.of("name", user.displayName(), "link", links.account()));
    }

    public void signInCode(User user, long challengeId, String code) {
        sendSecret(
                "sign-in-code:" + challengeId,
                user,
                "otp",
                Map.of(
                        "name", user.displayName(),
                        "code", code,
                        "minutes", String.valueOf(LoginChallenge.CODE_LIFETIME.toMinutes())));
    }

    public void passwordReset(User user, long tokenId, String secret) {
        sendSecret(
                "password-reset:" + tokenId,
                user,
                "password-reset",
                Map.of(
                        "name", user.displayName(),
                        "link", links.resetPassword(secret),
                        "minutes",
                                String.valueOf(
                                        TokenPurpose.RESET_PASSWORD.lifetime().toMinutes())));
    }

    /**
     * Someone signed up with the address of an existing account: its owner is told (at most once
     * an hour), while the sign-up page answers as for a new account, so it tells nobody else.
     */
    public void alreadyRegistered(User user, Instant at) {
        send(
                "already-registered:" + user.id() + ":" + at.truncatedTo(ChronoUnit.HOURS),
                user,
                "already-registered",
                Map.of("name", user.displayName(), "login", links.account(), "link", links.forgotPassword()));
    }

    public void newLogin(User user, long deviceId, String device, Instant at) {
        Locale locale = Locale.forLanguageTag(user.preferredLanguage());
        String time =
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", locale).format(at.atZone(ZoneOffset.UTC));
        send(
                "new-login:" + deviceId,
                user,
                "new-login",
                Map.of("name", user.displayName(), "device", device, "time", time, "link", links.forgotPassword()));
    }

    private void send(String dedupeKey, User user, String template, Map<String, String> parameters) {
        outbox.enqueueEmail(
                dedupeKey, user.email(), template, Locale.forLanguageTag(user.preferredLanguage()), parameters);
    }

    /** A mail with a code or a link's secret: the outbox erases its text once it is sent. */
    private void sendSecret(String dedupeKey, User user, String template, Map<String, String> parameters) {
        outbox.enqueueSecretEmail(
                dedupeKey, user.email(), template, Locale.forLanguageTag(user.preferredLanguage()), parameters);
    }
}
