package org.marquee.core.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One outgoing message of the outbox, rendered when it was enqueued: what was decided in the
 * business transaction is exactly what is sent, whatever happens to the templates meanwhile.
 *
 * <p>It moves PENDING -> SENT, or PENDING -> FAILED once its attempts are used up; an admin may
 * put a FAILED message back to PENDING with a fresh set of attempts. While a dispatcher run sends
 * it, it carries a lease (owner and expiry) so no other run claims it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    static final int RECIPIENT_LENGTH = 320;
    static final int SUBJECT_LENGTH = 300;
    static final int DEDUPE_KEY_LENGTH = 200;
    static final int ERROR_LENGTH = 1000;
    static final int ATTACHMENTS_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(nullable = false, length = RECIPIENT_LENGTH)
    private String recipient;

    @Column(length = 60)
    private String template;

    @Column(nullable = false, length = 35)
    private String language;

    @Column(length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html")
    private String bodyHtml;

    /** Further mail header fields, one "Name: value" a line ({@link MailHeaders}); null when none. */
    @Column(name = "headers")
    private String headers;

    /** The files the email carries, one "kind:reference" a line ({@link AttachmentSource}); null when none. */
    @Column(name = "attachments", length = ATTACHMENTS_LENGTH)
    private String attachments;

    @Column(name = "dedupe_key", nullable = false, unique = true, length = DEDUPE_KEY_LENGTH)
    private String dedupeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_owner", length = 120)
    private String leaseOwner;

    @Column(name = "leased_until")
    private Instant leasedUntil;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    // A one-time secret (a sign-in code, a link's token) is in the text: erased once sent.
    @Column(name = "holds_secret", nullable = false)
    private boolean holdsSecret;

    @Version
    private long version;

    protected OutboxMessage() {}

    /** What a sent message that held a secret shows instead of its text. */
    static final String ERASED = "(Erased once sent: it held a one-time secret.)";

    /** An email rendered from a template, due at once. */
    public static OutboxMessage email(String dedupeKey, String recipient, RenderedMail mail, Instant now) {
        return email(dedupeKey, recipient, mail, java.util.Map.of(), now);
    }

    /** An email with header fields of its own, due at once. */
    public static OutboxMessage email(
            String dedupeKey, String recipient, RenderedMail mail, java.util.Map<String, String> headers, Instant now) {
        Objects.requireNonNull(mail, "mail");
        OutboxMessage message = new OutboxMessage(
                Channel.EMAIL,
                dedupeKey,
                recipient,
                mail.template(),
                mail.language(),
                mail.subject(),
                mail.text(),
                mail.html(),
                now);
        message.headers = MailHeaders.encode(headers);
        return message;
    }

    private OutboxMessage(
            Channel channel,
            String dedupeKey,
            String recipient,
            String template,
            String language,
            String subject,
            String bodyText,
            String bodyHtml,
            Instant now) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.dedupeKey = required(dedupeKey, "A message needs a dedupe key", DEDUPE_KEY_LENGTH);
        this.recipient = required(recipient, "A message needs a recipient", RECIPIENT_LENGTH);
        this.template = template;
        this.language = required(language, "A message needs a language", 35);
        if (channel == Channel.EMAIL) {
            this.subject = required(subject, "An email needs a subject", SUBJECT_LENGTH);
        }
        this.bodyText = Objects.requireNonNull(bodyText, "bodyText");
        this.bodyHtml = bodyHtml;
        this.status = OutboxStatus.PENDING;
        this.attempts = 0;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
    }

    /** A text message, due at once: no subject, plain text only. */
    public static OutboxMessage sms(
            String dedupeKey, String recipient, String template, String language, String text, Instant now) {
        return new OutboxMessage(Channel.SMS, dedupeKey, recipient, template, language, null, text, null, now);
    }

    /**
     * An email that carries a one-time secret in clear (a sign-in code, a link's token, whose own
     * records keep only hashes): once the mail server took it, its text is erased, so the outbox
     * is no copy of what those hashes protect.
     */
    public static OutboxMessage emailWithSecret(String dedupeKey, String recipient, RenderedMail mail, Instant now) {
        OutboxMessage message = email(dedupeKey, recipient, mail, now);
        message.holdSecret();
        return message;
    }

    /** Marks the message as holding a one-time secret: its text is erased once sent. */
    void holdSecret() {
        this.holdsSecret = true;
    }

    private static String required(String value, String message, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(message + " of at most " + maxLength + " characters");
        }
        return value;
    }

    /** Taken by one dispatcher run until the given moment; no other run claims it meanwhile. */
    void lease(String owner, Instant until) {
        if (status != OutboxStatus.PENDING) {
            throw new IllegalStateException("Only a pending message is sent");
        }
        this.leaseOwner = Objects.requireNonNull(owner, "owner");
        this.leasedUntil = Objects.requireNonNull(until, "until");
    }

    boolean isLeasedBy(String owner) {
        return owner != null && owner.equals(leaseOwner);
    }

    /** Back in the queue without an attempt counted: the run that held it did not get to it. */
    void releaseLease() {
        leaseOwner = null;
        leasedUntil = null;
    }

    /**
     * The server accepted the message. Answers false when it had been recorded as sent already
     * (by a run whose lease had run out: the message went out twice).
     */
    boolean markSent(Instant at) {
        if (status == OutboxStatus.SENT) {
            return false;
        }
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = at;
        releaseLease();
        if (holdsSecret) {
            bodyText = ERASED;
            bodyHtml = null;
        }
        return true;
    }

    /**
     * An attempt failed: try again later under the policy, or give up when its attempts are used
     * up or the failure is permanent (the server refused the recipient).
     */
    void failAttempt(String error, boolean permanent, RetryPolicy policy, Instant now) {
        if (status != OutboxStatus.PENDING) {
            throw new IllegalStateException("Only a pending message is attempted");
        }
        attempts++;
        lastError = truncate(error == null || error.isBlank() ? "Unknown error" : error);
        releaseLease();
        if (permanent || policy.exhausted(attempts)) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = policy.nextAttempt(attempts, now);
        }
    }

    /** An admin sends a given-up message again: due now, with a fresh set of attempts. */
    void retry(Instant now) {
        if (status != OutboxStatus.FAILED) {
            throw new IllegalStateException("Only a failed message can be retried");
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        releaseLease();
    }

    private static String truncate(String text) {
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH - 1) + "…" : text;
    }

    /**
     * Records that the email carries the files of {@code kind} for {@code reference}; a second
     * call with the same pair changes nothing.
     */
    void attach(String kind, String reference) {
        if (channel != Channel.EMAIL) {
            throw new IllegalStateException("Only an email carries files: " + channel);
        }
        if (!kind.matches("[a-z0-9-]{1,40}") || !reference.matches("[A-Za-z0-9._-]{1,80}")) {
            throw new IllegalArgumentException("Not an attachment reference: " + kind + ":" + reference);
        }
        String line = kind + ":" + reference;
        java.util.List<String> lines = attachmentReferences();
        if (lines.contains(line)) {
            return;
        }
        String joined = attachments == null ? line : attachments + "\n" + line;
        if (joined.length() > ATTACHMENTS_LENGTH) {
            throw new IllegalArgumentException("Too many attachments on outbox message " + id);
        }
        attachments = joined;
    }

    /** The files the email carries, as "kind:reference" strings in the order they were attached. */
    public java.util.List<String> attachmentReferences() {
        return attachments == null ? java.util.List.of() : java.util.List.of(attachments.split("\n"));
    }

    /** The message as the mailer sends it. */
    Mail toMail() {
        if (channel != Channel.EMAIL) {
            throw new IllegalStateException("Not an email: " + channel);
        }
        return new Mail(id, recipient, language, subject, bodyText, bodyHtml, MailHeaders.decode(headers));
    }

    /** The message as the SMS sender sends it. */
    TextMessage toText() {
        if (channel != Channel.SMS) {
            throw new IllegalStateException("Not a text message: " + channel);
        }
        return new TextMessage(id, recipient, language, bodyText);
    }

    public Long id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String template() {
        return template;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public java.util.Map<String, String> headers() {
        return MailHeaders.decode(headers);
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String leaseOwner() {
        return leaseOwner;
    }

    public Instant leasedUntil() {
        return leasedUntil;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
