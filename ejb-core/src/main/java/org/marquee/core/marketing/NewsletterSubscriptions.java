package org.marquee.core.marketing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.marquee.core.notify.Outbox;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.InvalidEmail;
import org.marquee.core.team.InvitationToken;

/**
 * The newsletter's double opt-in, for anyone: ask to subscribe (a confirmation link goes out
 * through the outbox), confirm through the link, leave through the link in any newsletter.
 *
 * <p>The answer to a request is the same whether the address is new, waiting or on the list
 * already, so the form tells no one who subscribes. Malformed addresses are refused with {@link
 * InvalidEmail}, changing nothing.
 */
@Stateless
@PermitAll
public class NewsletterSubscriptions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NewsletterSettings settings;

    @EJB
    private Outbox outbox;

    /**
     * An address asks for the newsletter: it is PENDING and receives a confirmation link until it
     * confirms; nothing is sent to it before. The opt-in is recorded with its time and source.
     * The checkout calls this with {@link OptInSource#CHECKOUT} when the buyer ticked the box.
     *
     * @param language the mails' language, "en" or "de" (anything else means English)
     * @throws InvalidEmail when the address is malformed
     */
    public void subscribe(String email, String language, OptInSource source) {
        if (!EmailAddress.isValid(email)) {
            throw new InvalidEmail(email);
        }
        EmailAddress address = new EmailAddress(email);
        Instant now = clock.instant();
        String token = InvitationToken.generate();
        Optional<NewsletterSubscriber> known = byEmail(address.value());
        NewsletterSubscriber subscriber;
        if (known.isEmpty()) {
            subscriber = NewsletterSubscriber.requested(
                    address, language, source, InvitationToken.hash(token), InvitationToken.generate(), now);
            em.persist(subscriber);
            em.flush();
        } else {
            subscriber = known.get();
            if (!subscriber.requestAgain(InvitationToken.hash(token), language, source, now)) {
                return;
            }
        }
        NewsletterMail.confirmation(outbox, subscriber, token, settings);
    }

    /** The confirmation link was opened: true when it confirmed the address now. Works once. */
    public boolean confirm(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        Instant now = clock.instant();
        return em.createQuery(
                        "select s from NewsletterSubscriber s where s.confirmTokenHash = :hash",
                        NewsletterSubscriber.class)
                .setParameter("hash", InvitationToken.hash(token))
                .getResultStream()
                .findFirst()
                .filter(subscriber -> subscriber.canConfirm(now))
                .map(subscriber -> {
                    subscriber.confirm(now);
                    return true;
                })
                .orElse(false);
    }

    /**
     * One click on the unsubscribe link (or the mail program's one-click POST): the address
     * receives nothing more. True when the link names a subscriber (who is now unsubscribed,
     * whether just now or before).
     */
    public boolean unsubscribe(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return false;
        }
        return em.createQuery(
                        "select s from NewsletterSubscriber s where s.unsubscribeToken = :token",
                        NewsletterSubscriber.class)
                .setParameter("token", token.strip())
                .getResultStream()
                .findFirst()
                .map(subscriber -> {
                    subscriber.unsubscribe(clock.instant());
                    return true;
                })
                .orElse(false);
    }

    private Optional<NewsletterSubscriber> byEmail(String email) {
        return em.createQuery("select s from NewsletterSubscriber s where s.email = :email", NewsletterSubscriber.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }
}
