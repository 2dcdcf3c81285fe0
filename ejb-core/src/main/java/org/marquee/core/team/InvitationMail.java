package org.marquee.core.team;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.notify.Outbox;

/**
 * The invitation email (template {@code invitation}, English and German), queued in the
 * transaction that creates the invitation: no invitation without its mail, no mail for an
 * invitation that rolled back. One message per invitation (dedupe key {@code team-invitation:<id>}).
 */
final class InvitationMail {

    static final String TEMPLATE = "invitation";

    private InvitationMail() {}

    static void enqueue(
            Outbox outbox, Invitation invitation, String teamName, String inviter, String link, Locale language) {
        Locale locale = language == null ? Locale.ENGLISH : language;
        String inviterName = invitation.invitedBy() == null
                ? inviter
                : invitation.invitedBy().displayName();
        outbox.enqueueEmail(
                "team-invitation:" + invitation.id(),
                invitation.email(),
                TEMPLATE,
                locale,
                Map.of(
                        "inviter", inviterName,
                        "team", teamName,
                        "role", roleName(invitation.role(), locale),
                        "link", link,
                        "expires",
                                DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale)
                                        .format(invitation.expiresAt().atZone(ZoneOffset.UTC))));
    }

    /** The role as the email's language names it. */
    static String roleName(MemberRole role, Locale locale) {
        boolean german = "de".equals(locale.getLanguage());
        return switch (role) {
            case OWNER -> german ? "Inhaber" : "owner";
            case MANAGER -> german ? "Manager" : "manager";
        };
    }
}
