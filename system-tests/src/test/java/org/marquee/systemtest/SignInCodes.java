package org.marquee.systemtest;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sign-in code the way its owner does: from the email, in GreenMail. Only the newest code
 * of an account works, and older sign-in mails may still be retried into the mailbox, so the one
 * read is the mail of the newest code's outbox row (the mail's Message-ID carries the row's id).
 * No test gets past the code any other way.
 */
final class SignInCodes {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");

    private SignInCodes() {}

    /** The code of the newest sign-in mail to {@code email}, once it arrived. */
    static String newest(String email) {
        try {
            long outboxId = TestDatabase.count(
                    "select coalesce(max(id), 0) from outbox_message where recipient = ? and template = 'otp'",
                    email.toLowerCase());
            if (outboxId == 0) {
                throw new AssertionError("No sign-in code was mailed to " + email);
            }
            MimeMessage mail = MailServer.borrow(server -> server.awaitOutboxMessage(email, outboxId, ARRIVAL));
            return codeIn(MailServer.text(mail));
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the sign-in code of " + email, e);
        }
    }

    static String codeIn(String text) {
        Matcher code = CODE.matcher(text);
        if (!code.find()) {
            throw new AssertionError("No 6-digit code in: " + text);
        }
        return code.group(1);
    }
}
