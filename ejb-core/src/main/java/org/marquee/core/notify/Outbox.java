package org.marquee.core.notify;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.identity.EmailAddress;
import org.marquee.core.identity.InvalidEmail;

/**
 * Where every outgoing message starts. Enqueueing joins the caller's transaction (MANDATORY): the
 * message exists exactly when the business change that caused it was committed, and the
 * dispatcher sends it afterwards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailTemplates templates;

    @Inject
    private Clock clock;

    /**
     * Renders the template in the recipient's language and queues the email.
     *
     * @param dedupeKey names the business event, such as {@code order-paid:1234}: the same event
     *     never enqueues twice. Two transactions racing with one key cannot both commit (unique key).
     * @return false, changing nothing, when a message with this key exists already
     * @throws InvalidEmail when the recipient is not an email address
     */
    public boolean enqueueEmail(
            String dedupeKey, String recipient, String template, Locale locale, Map<String, String> parameters) {
        return enqueueEmail(dedupeKey, recipient, template, locale, parameters, Map.of());
    }

    /**
     * Like {@link #enqueueEmail(String, String, String, Locale, Map)}, with header fields of this
     * message alone, such as {@code List-Unsubscribe}: single-line values; the fields the mailer
     * sets itself (From, To, Subject, Message-ID, ...) are refused.
     */
    public boolean enqueueEmail(
            String dedupeKey,
            String recipient,
            String template,
            Locale locale,
            Map<String, String> parameters,
            Map<String, String> headers) {
        if (!EmailAddress.isValid(recipient)) {
            throw new InvalidEmail(recipient);
        }
        if (exists(dedupeKey)) {
            return false;
        }
        RenderedMail mail = templates.render(template, locale, parameters);
        em.persist(OutboxMessage.email(dedupeKey, new EmailAddress(recipient).value(), mail, headers, clock.instant()));
        return true;
    }

    private boolean exists(String dedupeKey) {
        return !em.createQuery("select m.id from OutboxMessage m where m.dedupeKey = :key", Long.class)
                .setParameter("key", dedupeKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
