package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.marquee.core.marketing.ImportReport;
import org.marquee.core.marketing.NewsletterSubscriptions;
import org.marquee.core.marketing.NewsletterTemplate;
import org.marquee.core.marketing.Newsletters;
import org.marquee.core.marketing.OptInSource;
import org.marquee.core.marketing.SendLog;
import org.marquee.core.marketing.SubscriberAdministration;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidEmail;

/**
 * The newsletter inside the server, on PostgreSQL, with the outbox sending to GreenMail: double
 * opt-in, no newsletter to a pending or unsubscribed address, one row and one confirmation per
 * address however often it asks, the throttle between batches, an unsubscribe between batches,
 * the CSV import's report, and the send log's counts.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class NewsletterIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final Pattern CONFIRM = Pattern.compile("/newsletter/confirm\\?token=([A-Za-z0-9_-]+)");
    /** The editor the newsletters are written as (the services take the caller's name; no account needed). */
    private static final String EDITOR = "newsletter-editor@marquee.test";

    @EJB
    private NewsletterSubscriptions subscriptions;

    @EJB
    private Newsletters newsletters;

    @EJB
    private SubscriberAdministration subscribers;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithMailTests(NewsletterIT.class);
    }

    @Test
    void onlyConfirmedAddressesReceiveTheNewsletterEachOnceWithOneClickUnsubscribeHeaders() throws Exception {
        String run = "nl" + System.nanoTime();
        String pending = run + "-pending@marquee.test";
        String confirmed = run + "-confirmed@marquee.test";
        String left = run + "-left@marquee.test";
        try (MailServer mail = MailServer.start()) {
            subscriptions.subscribe(pending, "en", OptInSource.WEBSITE);
            subscriptions.subscribe(
                    " " + confirmed.toUpperCase(java.util.Locale.ROOT) + " ", "de", OptInSource.CHECKOUT);
            subscriptions.subscribe(left, "en", OptInSource.WEBSITE);

            MimeMessage confirmation = mail.await(confirmed, 1, ARRIVAL).get(0);
            assertEquals("Bitte bestätigen Sie Ihr Abonnement des Marquee-Newsletters", confirmation.getSubject());
            String token = token(confirmation);
            assertTrue(subscriptions.confirm(token));
            assertFalse(subscriptions.confirm(token), "the link works once");
            assertFalse(subscriptions.confirm(token.substring(1)), "an altered link confirms nothing");
            assertTrue(subscriptions.confirm(token(mail.await(left, 1, ARRIVAL).get(0))));
            assertTrue(subscriptions.unsubscribe(unsubscribeToken(left)));
            assertEquals("CHECKOUT", string("select source from newsletter_subscriber where email = ?", confirmed));

            // Asking again changes nothing visible: one row, no second confirmation mail.
            subscriptions.subscribe(confirmed, "en", OptInSource.WEBSITE);
            subscriptions.subscribe(pending, "en", OptInSource.WEBSITE);
            assertEquals(1, count("select count(*) from newsletter_subscriber where email = ?", confirmed));
            assertEquals("CONFIRMED", string("select status from newsletter_subscriber where email = ?", confirmed));
            assertThrows(
                    InvalidEmail.class, () -> subscriptions.subscribe("not an address", "en", OptInSource.WEBSITE));
            assertEquals(0, count("select count(*) from newsletter_subscriber where email = ?", "not an address"));

            long id = Callers.as(EDITOR, Role.MARKETING, () -> newsletters
                    .save(null, "Summer news " + run, NewsletterTemplate.STANDARD, "Line one <b>bold?</b>\n\nLine two")
                    .id());
            Callers.as(EDITOR, Role.MARKETING, () -> newsletters.startSending(id, 500, 1));
            SendLog log = awaitLog(id);

            MimeMessage newsletter = mail.await(confirmed, 2, ARRIVAL).get(1);
            assertEquals("Summer news " + run, newsletter.getSubject());
            String unsubscribe = "<" + System.getenv("MARQUEE_PUBLIC_URL") + "/newsletter/unsubscribe?token="
                    + unsubscribeToken(confirmed) + ">";
            assertEquals(unsubscribe, newsletter.getHeader("List-Unsubscribe", null));
            assertEquals("List-Unsubscribe=One-Click", newsletter.getHeader("List-Unsubscribe-Post", null));
            Multipart parts = (Multipart) newsletter.getContent();
            String text = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            assertTrue(text.contains("Line one <b>bold?</b>"), "the text as written");
            assertTrue(text.contains("Mit einem Klick abbestellen"), "the subscriber's language");
            assertTrue(html.contains("Line one &lt;b&gt;bold?&lt;/b&gt;"), "no markup from the text in the HTML");

            Waits.stays(
                    "the confirmation and one newsletter; the pending and the departed only the confirmation",
                    Duration.ofMillis(1500),
                    () -> List.of(
                            mail.to(confirmed).size(),
                            mail.to(pending).size(),
                            mail.to(left).size()),
                    List.of(2, 1, 1));
            assertEquals(log.queued(), log.sent() + log.failed() + log.waiting());
            assertEquals(
                    log.queued(),
                    count("select count(*) from newsletter_subscriber where status = 'CONFIRMED'"),
                    "one message per confirmed subscriber");
        }
    }

    @Test
    void batchesKeepTheThrottleAndAnAddressThatLeavesBetweenBatchesReceivesNothing() throws Exception {
        String run = "nt" + System.nanoTime();
        List<String> addresses = new ArrayList<>();
        StringBuilder csv = new StringBuilder("email,language\n");
        for (int i = 0; i < 5; i++) {
            addresses.add(run + "-" + i + "@marquee.test");
            csv.append(addresses.get(i)).append(",en\n");
        }
        try (MailServer mail = MailServer.start()) {
            ImportReport report = Callers.as(EDITOR, Role.MARKETING, () -> subscribers.importCsv(csv.toString()));
            assertEquals(5, report.added());
            String last = addresses.get(4);
            int batchSize = 2;
            int seconds = 2;
            long id = Callers.as(EDITOR, Role.MARKETING, () -> newsletters
                    .save(null, "Throttled " + run, NewsletterTemplate.ANNOUNCEMENT, "Coming up.")
                    .id());
            Callers.as(EDITOR, Role.MARKETING, () -> newsletters.startSending(id, batchSize, seconds));

            List<Instant> changes = new ArrayList<>();
            List<Long> queued = new ArrayList<>();
            // Each poll notes when the queued count moved; the last subscriber leaves after the first batch.
            Waits.until("the newsletter sent in batches", Duration.ofMinutes(3), () -> {
                long now = count("select queued from newsletter where id = ?", id);
                long seen = queued.isEmpty() ? 0 : queued.get(queued.size() - 1);
                if (now != seen) {
                    changes.add(Instant.now());
                    queued.add(now);
                    if (queued.size() == 1) {
                        assertTrue(subscriptions.unsubscribe(unsubscribeToken(last)), "leaves after the first batch");
                    }
                }
                return "SENT".equals(string("select status from newsletter where id = ?", id));
            });
            assertTrue(!queued.isEmpty(), "at least one batch went out");
            long previous = 0;
            for (int i = 0; i < queued.size(); i++) {
                assertTrue(queued.get(i) - previous <= batchSize, "a batch holds at most " + batchSize + ": " + queued);
                previous = queued.get(i);
                if (i > 0) {
                    long pause =
                            Duration.between(changes.get(i - 1), changes.get(i)).toMillis();
                    assertTrue(pause >= seconds * 1000 - 300, "batches " + seconds + " s apart, not " + pause + " ms");
                }
            }
            assertTrue(queued.size() >= 2, "four addresses or more take two batches or more: " + queued);

            for (String address : addresses.subList(0, 4)) {
                mail.await(address, 1, ARRIVAL);
            }
            SendLog log = awaitLog(id);
            Waits.stays(
                    "one copy to each of the first four",
                    Duration.ofMillis(1500),
                    () -> addresses.subList(0, 4).stream()
                            .map(address -> mail.to(address).size())
                            .toList(),
                    List.of(1, 1, 1, 1));
            for (String address : addresses.subList(0, 4)) {
                assertEquals("Throttled " + run, mail.to(address).get(0).getSubject());
            }
            assertTrue(mail.to(last).isEmpty(), "unsubscribed between batches: nothing");
            assertEquals(0, count("select count(*) from outbox_message where recipient = ?", last));
            assertEquals(log.queued(), log.sent(), "every queued message was sent: " + log);
            assertEquals(0, log.failed());
        }
    }

    @Test
    void theImportAddsValidRowsAsConfirmedAndReportsEveryRefusedRow() throws Exception {
        String run = "ni" + System.nanoTime();
        subscriptions.subscribe(run + "-waiting@marquee.test", "en", OptInSource.WEBSITE);
        String csv = "Email;Language\n"
                + run + "-a@marquee.test;de\n"
                + "broken@\n"
                + run + "-A@marquee.test\n"
                + run + "-waiting@marquee.test\n"
                + run + "-b@marquee.test;it\n";

        ImportReport report = Callers.as(EDITOR, Role.MARKETING, () -> subscribers.importCsv(csv));

        assertEquals(1, report.added());
        assertEquals(
                List.of(
                        new ImportReport.Rejected(3, "broken@", "not an email address"),
                        new ImportReport.Rejected(4, run + "-A@marquee.test", "appears already on line 2"),
                        new ImportReport.Rejected(
                                5, run + "-waiting@marquee.test", "on the list already, waiting for its confirmation"),
                        new ImportReport.Rejected(6, run + "-b@marquee.test", "unknown language \"it\" (en or de)")),
                report.rejected());
        assertEquals(
                "CONFIRMED IMPORT de",
                string(
                        "select status || ' ' || source || ' ' || language from newsletter_subscriber where email = ?",
                        run + "-a@marquee.test"));
        assertEquals(
                "PENDING",
                string("select status from newsletter_subscriber where email = ?", run + "-waiting@marquee.test"));
        assertTrue(Callers.as(EDITOR, Role.MARKETING, () -> subscribers.exportCsv())
                .contains(run + "-a@marquee.test,de,CONFIRMED,IMPORT,"));

        long id = count("select id from newsletter_subscriber where email = ?", run + "-a@marquee.test");
        Callers.as(EDITOR, Role.MARKETING, () -> subscribers.delete(id));
        assertEquals(0, count("select count(*) from newsletter_subscriber where id = ?", id));
        assertThrows(
                jakarta.ejb.EJBAccessException.class,
                () -> Callers.as("buyer@marquee.test", Role.BUYER, () -> subscribers.exportCsv()),
                "marketing editors only");
        assertThrows(
                DomainException.class,
                () -> Callers.as(EDITOR, Role.MARKETING, () -> newsletters.sendTest(0, "x@marquee.test", null)));
    }

    /** Waits until sending has finished and the outbox has no message of it waiting. */
    private SendLog awaitLog(long id) throws Exception {
        SendLog log = Waits.until(
                "newsletter " + id + " sent with nothing waiting",
                ARRIVAL.multipliedBy(4),
                () -> Callers.as(EDITOR, Role.MARKETING, () -> newsletters.log(id)),
                now -> now.status().name().equals("SENT") && now.waiting() == 0);
        assertEquals("SENT", log.status().name(), "sending finished: " + log);
        assertEquals(0, log.waiting(), "nothing waits: " + log);
        return log;
    }

    private static String token(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        Matcher link = CONFIRM.matcher((String) parts.getBodyPart(0).getContent());
        assertTrue(link.find(), "a confirmation link");
        return link.group(1);
    }

    private String unsubscribeToken(String email) throws SQLException {
        return string("select unsubscribe_token from newsletter_subscriber where email = ?", email);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(string(sql, parameters));
    }

    private String string(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
