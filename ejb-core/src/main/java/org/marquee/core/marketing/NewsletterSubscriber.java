package org.marquee.core.marketing;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.marquee.core.platform.EmailAddress;

/**
 * One address on the newsletter list, with its double opt-in: an address asks (PENDING, a
 * confirmation link goes out), opens the link (CONFIRMED) and may leave at any time
 * (UNSUBSCRIBED). The confirmation link works once and for {@link #CONFIRMATION_VALID_FOR}; only
 * its hash is kept. The unsubscribe secret stays the same for the address's life on the list.
 */
@Entity
@Table(name = "newsletter_subscriber")
public class NewsletterSubscriber {

    public static final Duration CONFIRMATION_VALID_FOR = Duration.ofDays(7);

    /** A new confirmation email goes out at most this often for one address. */
    public static final Duration RESEND_PAUSE = Duration.ofMinutes(5);

    @Id
    @SequenceGenerator(
            name = "newsletter_subscriber_seq",
            sequenceName = "newsletter_subscriber_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_subscriber_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(nullable = false, length = 35)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SubscriberStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OptInSource source;

    @Column(name = "opted_in_at", nullable = false)
    private Instant optedInAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Column(name = "confirm_token_hash", length = 64)
    private String confirmTokenHash;

    @Column(name = "confirmation_sent_at")
    private Instant confirmationSentAt;

    @Column(name = "unsubscribe_token", nullable = false, unique = true, length = 64)
    private String unsubscribeToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected NewsletterSubscriber() {}

    private NewsletterSubscriber(
            EmailAddress email, String language, OptInSource source, String unsubscribeToken, Instant now) {
        this.email = Objects.requireNonNull(email, "email").value();
        this.language = language(language);
        this.source = Objects.requireNonNull(source, "source");
        this.unsubscribeToken = Objects.requireNonNull(unsubscribeToken, "unsubscribeToken");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.optedInAt = now;
    }

    /** An address that asked to subscribe (site or checkout): pending until it confirms. */
    public static NewsletterSubscriber requested(
            EmailAddress email,
            String language,
            OptInSource source,
            String confirmTokenHash,
            String unsubscribeToken,
            Instant now) {
        if (source == OptInSource.IMPORT) {
            throw new IllegalArgumentException("An imported address is not asked to confirm");
        }
        NewsletterSubscriber subscriber = new NewsletterSubscriber(email, language, source, unsubscribeToken, now);
        subscriber.awaitConfirmation(confirmTokenHash, now);
        return subscriber;
    }

    /** An address from an editor's import, whose consent was given elsewhere: confirmed at once. */
    public static NewsletterSubscriber imported(
            EmailAddress email, String language, String unsubscribeToken, Instant now) {
        NewsletterSubscriber subscriber =
                new NewsletterSubscriber(email, language, OptInSource.IMPORT, unsubscribeToken, now);
        subscriber.status = SubscriberStatus.CONFIRMED;
        subscriber.confirmedAt = now;
        return subscriber;
    }

    /**
     * The address asks again. A confirmed address stays as it is; a pending one gets a new link
     * (unless one went out moments ago); one that had left starts over as pending.
     *
     * @return whether a new confirmation email is due (with the new token hash stored)
     */
    public boolean requestAgain(String confirmTokenHash, String language, OptInSource source, Instant now) {
        switch (status) {
            case CONFIRMED:
                return false;
            case PENDING:
                if (confirmationSentAt != null && now.isBefore(confirmationSentAt.plus(RESEND_PAUSE))) {
                    return false;
                }
                break;
            case UNSUBSCRIBED:
                unsubscribedAt = null;
                confirmedAt = null;
                break;
        }
        this.language = language(language);
        this.source = Objects.requireNonNull(source, "source");
        this.optedInAt = now;
        awaitConfirmation(confirmTokenHash, now);
        return true;
    }

    private void awaitConfirmation(String tokenHash, Instant now) {
        if (tokenHash == null || tokenHash.length() != 64) {
            throw new IllegalArgumentException("A confirmation needs the hash of its secret");
        }
        status = SubscriberStatus.PENDING;
        confirmTokenHash = tokenHash;
        confirmationSentAt = now;
    }

    /** Whether the confirmation link is still good at this moment. */
    public boolean canConfirm(Instant now) {
        return status == SubscriberStatus.PENDING
                && confirmTokenHash != null
                && now.isBefore(confirmationSentAt.plus(CONFIRMATION_VALID_FOR));
    }

    /** The address opened its link: it receives newsletters from now on. The link is used up. */
    public void confirm(Instant now) {
        if (!canConfirm(now)) {
            throw new IllegalStateException("This confirmation link is not valid");
        }
        status = SubscriberStatus.CONFIRMED;
        confirmedAt = now;
        confirmTokenHash = null;
    }

    /** The address leaves; nothing more is sent to it. Leaving twice changes nothing. */
    public boolean unsubscribe(Instant now) {
        if (status == SubscriberStatus.UNSUBSCRIBED) {
            return false;
        }
        status = SubscriberStatus.UNSUBSCRIBED;
        unsubscribedAt = now;
        confirmTokenHash = null;
        return true;
    }

    /** Only a confirmed address receives a newsletter. */
    public boolean receivesNewsletters() {
        return status == SubscriberStatus.CONFIRMED;
    }

    private static String language(String language) {
        String tag = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
        return NewsletterLanguages.isKnown(tag) ? tag : NewsletterLanguages.DEFAULT;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public SubscriberStatus status() {
        return status;
    }

    public OptInSource source() {
        return source;
    }

    public Instant optedInAt() {
        return optedInAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant unsubscribedAt() {
        return unsubscribedAt;
    }

    public Instant confirmationSentAt() {
        return confirmationSentAt;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
