package org.marquee.core.marketing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;
import org.marquee.core.team.InvitationToken;

/**
 * The subscriber list for marketing editors: search and page it, export it as CSV, import a CSV
 * (valid rows are added as confirmed, source IMPORT; the report lists every refused row), and
 * delete an address when its owner asks (erasure: the row is gone, not only unsubscribed).
 */
@Stateless
@RolesAllowed(Role.Names.MARKETING)
public class SubscriberAdministration {

    private static final String AUDIT_TYPE = "NewsletterSubscriber";

    /** Rows read per round trip by the export. */
    private static final int EXPORT_CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    /** Filter by address; sort by address, status, source, language and times. */
    public Page<SubscriberRow> rows(PageRequest request) {
        PageRequest sorted = request.sortField() != null
                ? request
                : new PageRequest(request.first(), request.size(), "optedInAt", false, request.filters());
        Page<NewsletterSubscriber> page = Paging.page(
                em,
                NewsletterSubscriber.class,
                sorted,
                Set.of("email"),
                Set.of("status", "source", "language", "optedInAt", "confirmedAt", "unsubscribedAt"),
                "optedInAt");
        return new Page<>(
                page.items().stream().map(SubscriberRow::of).toList(), page.first(), page.size(), page.total());
    }

    /** How many addresses are in each status. */
    public SubscriberCounts counts() {
        Map<SubscriberStatus, Long> counts = new HashMap<>();
        em.createQuery("select s.status, count(s) from NewsletterSubscriber s group by s.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((SubscriberStatus) row[0], (Long) row[1]));
        return SubscriberCounts.of(counts);
    }

    /** The whole list as CSV, oldest first, with a header line. */
    public String exportCsv() {
        StringBuilder csv = new StringBuilder(SubscriberCsv.HEADER).append("\r\n");
        long after = 0;
        List<NewsletterSubscriber> chunk;
        do {
            chunk = em.createQuery(
                            "select s from NewsletterSubscriber s where s.id > :after order by s.id",
                            NewsletterSubscriber.class)
                    .setParameter("after", after)
                    .setMaxResults(EXPORT_CHUNK)
                    .getResultList();
            for (NewsletterSubscriber subscriber : chunk) {
                csv.append(SubscriberCsv.line(SubscriberRow.of(subscriber))).append("\r\n");
                after = subscriber.id();
            }
            em.clear();
        } while (chunk.size() == EXPORT_CHUNK);
        return csv.toString();
    }

    /**
     * Adds the valid rows of a CSV file as confirmed subscribers (the editor vouches that they
     * consented) and reports the refused ones. A file with nothing valid adds nothing.
     */
    public ImportReport importCsv(String content) {
        List<List<String>> lines = SubscriberCsv.parse(content);
        Map<String, SubscriberStatus> known = new HashMap<>();
        em.createQuery("select s.email, s.status from NewsletterSubscriber s", Object[].class)
                .getResultList()
                .forEach(row -> known.put((String) row[0], (SubscriberStatus) row[1]));
        SubscriberImport.Plan plan =
                InvalidInput.check(() -> SubscriberImport.plan(lines, email -> Optional.ofNullable(known.get(email))));
        Instant now = clock.instant();
        for (SubscriberImport.Accepted row : plan.accepted()) {
            em.persist(NewsletterSubscriber.imported(row.email(), row.language(), InvitationToken.generate(), now));
        }
        em.flush();
        audit.record(
                AuditAction.CREATE,
                AUDIT_TYPE,
                0L,
                "import: " + plan.accepted().size() + " added, "
                        + plan.rejected().size() + " refused");
        return new ImportReport(plan.accepted().size(), plan.rejected());
    }

    /** Erases the address from the list, at its owner's request. */
    public void delete(long id) {
        NewsletterSubscriber subscriber = em.find(NewsletterSubscriber.class, id);
        if (subscriber == null) {
            throw new NotFound("NewsletterSubscriber", id);
        }
        em.remove(subscriber);
        // The audit names the row, not the address: the erased address is not kept elsewhere.
        audit.record(AuditAction.DELETE, AUDIT_TYPE, id, "deleted on request");
    }
}
