package org.marquee.core.notify;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.InvalidEmail;

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
    private SmsTemplates smsTemplates;

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
        return enqueue(dedupeKey, recipient, template, locale, parameters, Map.of(), false);
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
        return enqueue(dedupeKey, recipient, template, locale, parameters, headers, false);
    }

    /**
     * Like {@link #enqueueEmail}, for a mail that carries a one-time secret in clear (a sign-in code,
     * a link's token): its text is erased from the outbox once the mail server took it.
     */
    public boolean enqueueSecretEmail(
            String dedupeKey, String recipient, String template, Locale locale, Map<String, String> parameters) {
        return enqueue(dedupeKey, recipient, template, locale, parameters, Map.of(), true);
    }

    /**
     * Renders the text template in the recipient's language and queues the text message, under the
     * same rules as email: one message per dedupe key, in the caller's transaction.
     *
     * @param phone the number in E.164 form ({@code +4917012345678})
     * @return false, changing nothing, when a message with this key exists already
     * @throws IllegalArgumentException when the number is not in E.164 form
     */
    public boolean enqueueSms(
            String dedupeKey, String phone, String template, Locale locale, Map<String, String> parameters) {
        return enqueueText(dedupeKey, phone, template, locale, parameters, false);
    }

    /** Like {@link #enqueueSms}, for a text with a one-time secret (a sign-in code): erased once sent. */
    public boolean enqueueSecretSms(
            String dedupeKey, String phone, String template, Locale locale, Map<String, String> parameters) {
        return enqueueText(dedupeKey, phone, template, locale, parameters, true);
    }

    private boolean enqueueText(
            String dedupeKey,
            String phone,
            String template,
            Locale locale,
            Map<String, String> parameters,
            boolean holdsSecret) {
        if (phone == null || !SmsTemplates.E164.matcher(phone).matches()) {
            throw new IllegalArgumentException("Not a phone number in E.164 form: " + phone);
        }
        if (exists(dedupeKey)) {
            return false;
        }
        SmsTemplates.Rendered text = smsTemplates.render(template, locale, parameters);
        OutboxMessage message =
                OutboxMessage.sms(dedupeKey, phone, template, text.language(), text.text(), clock.instant());
        if (holdsSecret) {
            message.holdSecret();
        }
        em.persist(message);
        return true;
    }

    private boolean enqueue(
            String dedupeKey,
            String recipient,
            String template,
            Locale locale,
            Map<String, String> parameters,
            Map<String, String> headers,
            boolean holdsSecret) {
        if (!EmailAddress.isValid(recipient)) {
            throw new InvalidEmail(recipient);
        }
        if (exists(dedupeKey)) {
            return false;
        }
        RenderedMail mail = templates.render(template, locale, parameters);
        String address = new EmailAddress(recipient).value();
        Instant now = clock.instant();
        OutboxMessage message = OutboxMessage.email(dedupeKey, address, mail, headers, now);
        if (holdsSecret) {
            message.holdSecret();
        }
        em.persist(message);
        return true;
    }

    /**
     * Adds files to an email queued earlier, usually in this same transaction: the files of
     * {@code kind} (an {@link AttachmentSource}) for {@code reference}, made when the email is sent.
     * The same pair attached twice is attached once.
     *
     * @return false, changing nothing, when there is no message with that key or it was sent already
     */
    public boolean attach(String dedupeKey, String kind, String reference) {
        List<OutboxMessage> found = em.createQuery(
                        "select m from OutboxMessage m where m.dedupeKey = :key", OutboxMessage.class)
                .setParameter("key", dedupeKey)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty() || found.get(0).status() != OutboxStatus.PENDING) {
            return false;
        }
        found.get(0).attach(kind, reference);
        return true;
    }

    /**
     * Erases every message to an address, sent or not: its account was deleted. A message being
     * sent at this moment may still go out; the dispatcher then finds no row to record it on.
     */
    public int forgetRecipient(String recipient) {
        return em.createQuery("delete from OutboxMessage m where m.recipient = :recipient")
                .setParameter("recipient", EmailAddress.normalize(recipient))
                .executeUpdate();
    }

    private boolean exists(String dedupeKey) {
        return !em.createQuery("select m.id from OutboxMessage m where m.dedupeKey = :key", Long.class)
                .setParameter("key", dedupeKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
