package org.marquee.core.notify;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.InvalidEmail;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;

/**
 * The admin's view of the outbox: the list, a test mail, and sending a failed message again.
 * Admins only (the role as text: notify sits below identity).
 */
@Stateless
@RolesAllowed("ADMIN")
public class OutboxAdministration {

    static final String TEST_TEMPLATE = "test";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    @EJB
    private AuditTrail audit;

    @Inject
    private MailTransport transport;

    /**
     * No mail server is configured: "sent" messages were written to the server's log, not
     * delivered (the demo, development). The admin's list must not say they were sent.
     */
    public boolean writesToLogOnly() {
        return transport.logsOnly();
    }

    @Inject
    private Clock clock;

    @Inject
    private SmsSettings sms;

    /** No Twilio account is configured: "sent" text messages were written to the server's log. */
    public boolean writesTextsToLogOnly() {
        return sms.logsOnly();
    }

    @Resource
    private SessionContext context;

    /** Newest first unless the request sorts otherwise; {@code status} null means every status. */
    public Page<OutboxRow> page(PageRequest request, OutboxStatus status) {
        return Paging.page(
                        em,
                        OutboxMessage.class,
                        request,
                        Set.of("recipient", "subject", "template", "lastError"),
                        Set.of("createdAt", "status", "attempts", "nextAttemptAt", "sentAt"),
                        "createdAt",
                        status == null ? null : (cb, row) -> cb.equal(row.get("status"), status))
                .map(OutboxRow::of);
    }

    public OutboxMessage find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id)).orElseThrow(() -> new NotFound("Message", id));
    }

    /**
     * Queues the test template to {@code address} in the given language; answers the address as
     * stored (trimmed, lower case).
     *
     * @throws InvalidEmail when it is not an email address
     */
    public String sendTestMail(String address, Locale locale) {
        if (!EmailAddress.isValid(address)) {
            throw new InvalidEmail(address);
        }
        String recipient = new EmailAddress(address).value();
        String key = "test-mail:" + UUID.randomUUID();
        outbox.enqueueEmail(key, recipient, TEST_TEMPLATE, locale, Map.of("requestedBy", caller()));
        audit.record(AuditAction.CREATE, "OutboxMessage", key, "test mail to " + recipient);
        return recipient;
    }

    /** A failed message goes back to the queue with a fresh set of attempts. */
    public void retry(long id) {
        OutboxMessage message = find(id);
        InvalidInput.check(() -> message.retry(clock.instant()));
        audit.record(AuditAction.UPDATE, "OutboxMessage", id, "retry of the message to " + message.recipient());
    }

    private String caller() {
        Principal caller = context.getCallerPrincipal();
        return caller == null || "anonymous".equals(caller.getName()) ? "system" : caller.getName();
    }
}
