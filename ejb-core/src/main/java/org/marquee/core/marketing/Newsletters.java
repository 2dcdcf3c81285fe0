package org.marquee.core.marketing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.marquee.core.identity.Role;
import org.marquee.core.notify.Outbox;
import org.marquee.core.notify.OutboxCounts;
import org.marquee.core.notify.OutboxStatus;
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
 * What editors do with newsletters: write one from a template, send a test copy to one address,
 * start sending it to the confirmed subscribers with a throttle, and follow its send log. The
 * batches themselves are enqueued by {@link NewsletterSender}. Marketing editors only.
 */
@Stateless
@RolesAllowed(Role.Names.MARKETING)
public class Newsletters {

    private static final String AUDIT_TYPE = "Newsletter";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NewsletterSettings settings;

    @Resource
    private SessionContext context;

    @EJB
    private Outbox outbox;

    @EJB
    private OutboxCounts counts;

    @EJB
    private AuditTrail audit;

    /** Saves a new newsletter (id null) or changes a draft. */
    public NewsletterDetails save(Long id, String subject, NewsletterTemplate template, String body) {
        if (id == null) {
            Newsletter created = InvalidInput.check(() -> new Newsletter(
                    subject, template, body, context.getCallerPrincipal().getName(), clock.instant()));
            em.persist(created);
            em.flush();
            audit.record(AuditAction.CREATE, AUDIT_TYPE, created.id(), created.subject());
            return NewsletterDetails.of(created);
        }
        Newsletter newsletter = find(id);
        InvalidInput.check(() -> newsletter.write(subject, template, body, clock.instant()));
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, newsletter.subject());
        return NewsletterDetails.of(newsletter);
    }

    /** The newsletter as its form edits it. */
    public NewsletterDetails details(long id) {
        return NewsletterDetails.of(find(id));
    }

    public Newsletter find(long id) {
        Newsletter newsletter = em.find(Newsletter.class, id);
        if (newsletter == null) {
            throw new NotFound(AUDIT_TYPE, id);
        }
        return newsletter;
    }

    /** Newest first unless sorted otherwise; filter by subject. */
    public Page<NewsletterRow> rows(PageRequest request) {
        PageRequest sorted = request.sortField() != null
                ? request
                : new PageRequest(request.first(), request.size(), "updatedAt", false, request.filters());
        Page<Newsletter> page = Paging.page(
                em,
                Newsletter.class,
                sorted,
                Set.of("subject"),
                Set.of("status", "updatedAt", "sendStartedAt", "queued"),
                "updatedAt");
        return new Page<>(
                page.items().stream().map(NewsletterRow::of).toList(), page.first(), page.size(), page.total());
    }

    /** A copy of the newsletter, marked as a test, to one address (subscribed or not), in this language. */
    public void sendTest(long id, String recipient, Locale language) {
        if (!EmailAddress.isValid(recipient)) {
            throw new InvalidEmail(recipient);
        }
        Newsletter newsletter = find(id);
        NewsletterMail.test(
                outbox,
                newsletter,
                new EmailAddress(recipient).value(),
                language == null ? Locale.ENGLISH : language,
                "newsletter-test:" + id + ":" + UUID.randomUUID(),
                settings);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "test copy sent to " + recipient);
    }

    /**
     * Starts sending to every confirmed subscriber: {@code batchSize} messages are enqueued at
     * once and then every {@code batchSeconds}, each to an address confirmed at that moment.
     */
    public NewsletterDetails startSending(long id, int batchSize, int batchSeconds) {
        Newsletter newsletter = find(id);
        InvalidInput.check(() -> newsletter.startSending(batchSize, batchSeconds, clock.instant()));
        audit.record(
                AuditAction.UPDATE,
                AUDIT_TYPE,
                id,
                "sending started: " + batchSize + " messages every " + batchSeconds + " s");
        return NewsletterDetails.of(newsletter);
    }

    /** The send log: queued so far, and of those sent, failed and waiting in the outbox. */
    public SendLog log(long id) {
        Newsletter newsletter = find(id);
        Map<OutboxStatus, Long> outcome = counts.byKeyPrefix(NewsletterMail.keyPrefix(id));
        return new SendLog(
                id,
                newsletter.subject(),
                newsletter.status(),
                newsletter.batchSize(),
                newsletter.batchSeconds(),
                newsletter.sendStartedAt(),
                newsletter.finishedAt(),
                newsletter.queued(),
                outcome.get(OutboxStatus.SENT),
                outcome.get(OutboxStatus.FAILED),
                outcome.get(OutboxStatus.PENDING));
    }

    /** The throttle a send starts from (the server's setting). */
    public NewsletterSettings settings() {
        return settings;
    }
}
