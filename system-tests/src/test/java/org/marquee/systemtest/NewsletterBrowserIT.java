package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.openqa.selenium.By;

/**
 * A visitor subscribes on the public site and confirms from the email; a marketing editor sends a
 * test copy and then the newsletter; the visitor receives it, unsubscribes with one click and gets
 * no further newsletter. The SMTP server is GreenMail in the test, as the server's outbox sends
 * to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterBrowserIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(40);
    private static final Pattern CONFIRM = Pattern.compile("https?://\\S+/newsletter/confirm\\?token=[A-Za-z0-9_-]+");
    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("https?://\\S+/newsletter/unsubscribe\\?token=[A-Za-z0-9_-]+");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aVisitorSubscribesConfirmsReceivesTheNewsletterAndUnsubscribesInOneClick() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        String visitorAddress = "visitor-" + tag + "@marquee.test";
        String testAddress = "proof-" + tag + "@marquee.test";
        try (MailServer mail = MailServer.start();
                Browser visitor = new Browser();
                Browser editor = new Browser()) {
            visitor.open("/");
            visitor.click("#nav-newsletter");
            visitor.waitForPath("/newsletter");
            visitor.type("#signup\\:email", "visitor-at-nowhere");
            visitor.click("#signup\\:subscribe");
            visitor.waitFor()
                    .until(ignored -> visitor.has("#signup\\:email-message")
                            && !visitor.text("#signup\\:email-message").isEmpty());
            assertEquals(
                    "This is not a valid email address. Please check it, such as name@example.org.",
                    visitor.text("#signup\\:email-message"));
            assertEquals(
                    0,
                    TestDatabase.count(
                            "select count(*) from newsletter_subscriber where email like ?", "%" + tag + "%"));

            visitor.type("#signup\\:email", visitorAddress);
            visitor.click("#signup\\:subscribe");
            visitor.waitFor().until(ignored -> visitor.has("#newsletter-requested"));
            assertTrue(visitor.text(Browser.INFO).contains(visitorAddress));
            visitor.screenshot("newsletter-requested");

            String confirmation = text(mail.await(visitorAddress, 1, ARRIVAL).get(0));
            assertEquals(0, count("CONFIRMED", visitorAddress), "nothing before the confirmation");
            visitor.driver().get(link(CONFIRM, confirmation));
            visitor.waitFor()
                    .until(ignored -> visitor.has("#newsletter-confirmed") || visitor.has("#newsletter-not-confirmed"));
            assertTrue(visitor.has("#newsletter-confirmed"));
            assertEquals(1, count("CONFIRMED", visitorAddress));
            visitor.driver().get(link(CONFIRM, confirmation));
            visitor.waitFor().until(ignored -> visitor.has("#newsletter-not-confirmed"));

            // The same address again: the same answer, no second row.
            visitor.open("/newsletter");
            visitor.type("#signup\\:email", visitorAddress.toUpperCase(java.util.Locale.ROOT));
            visitor.click("#signup\\:subscribe");
            visitor.waitFor().until(ignored -> visitor.has("#newsletter-requested"));
            assertEquals(
                    1,
                    TestDatabase.count("select count(*) from newsletter_subscriber where email = ?", visitorAddress));
            assertEquals(1, count("CONFIRMED", visitorAddress));

            editor.open("/marketing/");
            editor.logIn(TestAccounts.staff(Role.MARKETING), TestAccounts.PASSWORD);
            editor.waitForPath("/marketing/");
            String subject = "Autumn season " + tag;
            long first = sendNewsletter(editor, subject, "The autumn season opens on Friday.", testAddress, mail);

            MimeMessage newsletter = mail.await(visitorAddress, 2, ARRIVAL).get(1);
            assertEquals(subject, newsletter.getSubject());
            String body = text(newsletter);
            assertTrue(body.contains("The autumn season opens on Friday."));
            String unsubscribe = link(UNSUBSCRIBE, body);
            assertEquals("<" + unsubscribe + ">", newsletter.getHeader("List-Unsubscribe", null));
            assertEquals("List-Unsubscribe=One-Click", newsletter.getHeader("List-Unsubscribe-Post", null));
            awaitLog(editor, first);

            visitor.driver().get(unsubscribe);
            visitor.waitFor().until(ignored -> visitor.has("#newsletter-unsubscribed"));
            visitor.screenshot("newsletter-unsubscribed");
            assertEquals(1, count("UNSUBSCRIBED", visitorAddress));
            // What a mail program's one-click button sends: repeating it is harmless.
            HttpResponse<String> oneClick = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(unsubscribe))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, oneClick.statusCode());

            long second = sendNewsletter(editor, "Winter season " + tag, "Nothing for those who left.", null, mail);
            awaitLog(editor, second);
            Waits.stays(
                    "the confirmation and the first newsletter only",
                    Duration.ofSeconds(2),
                    () -> mail.to(visitorAddress).size(),
                    2);

            editor.open("/marketing/subscribers.xhtml");
            String counts = editor.text("#subscriber-counts");
            assertTrue(
                    counts.matches("\\d+ confirmed, \\d+ waiting for confirmation, \\d+ unsubscribed"),
                    "counts, never null: " + counts);
            editor.type("#subscribers\\:table\\:email\\:filter", visitorAddress);
            editor.waitFor()
                    .until(ignored -> editor.driver()
                                    .findElements(By.cssSelector("#subscribers\\:table_data > tr[data-ri]"))
                                    .size()
                            == 1);
            assertTrue(editor.text("#subscribers\\:table_data").contains("Unsubscribed"));
            editor.screenshot("newsletter-subscribers");
        }
    }

    /** Writes, optionally test-sends, and sends a newsletter; answers its id. */
    private static long sendNewsletter(Browser editor, String subject, String body, String testAddress, MailServer mail)
            throws Exception {
        editor.open("/marketing/newsletters.xhtml");
        editor.click("#new-newsletter");
        editor.waitFor().until(ignored -> editor.has("#editor\\:subject"));
        editor.type("#editor\\:subject", subject);
        editor.type("#editor\\:body", body);
        editor.click("#editor\\:save");
        editor.waitFor().until(ignored -> editor.pathAndQuery().contains("id="));
        long id = TestDatabase.count("select id from newsletter where subject = ?", subject);
        if (testAddress != null) {
            editor.type("#test\\:address", testAddress);
            editor.click("#test\\:send-test");
            editor.waitFor().until(ignored -> editor.text(Browser.INFO).startsWith("A test copy"));
            assertEquals(
                    "[Test] " + subject,
                    mail.await(testAddress, 1, ARRIVAL).get(0).getSubject());
        }
        editor.type("#send\\:batchSize", "50");
        editor.type("#send\\:batchSeconds", "1");
        editor.click("#send\\:start");
        editor.click(".ui-confirmdialog-yes");
        editor.waitFor().until(ignored -> editor.has("#log-queued"));
        return id;
    }

    /** The send log on the newsletter's page, refreshed by its poll, shows everything sent. */
    private static void awaitLog(Browser editor, long id) {
        editor.open("/marketing/newsletter.xhtml?id=" + id);
        editor.waitFor()
                .withTimeout(ARRIVAL)
                .until(ignored -> editor.text("#log-status").equals("Sent")
                        && editor.text("#log-waiting").equals("0"));
        assertEquals(editor.text("#log-queued"), editor.text("#log-sent"));
        assertEquals("0", editor.text("#log-failed"));
    }

    private static long count(String status, String email) throws Exception {
        return TestDatabase.count(
                "select count(*) from newsletter_subscriber where email = ? and status = ?", email, status);
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof Multipart parts
                ? (String) parts.getBodyPart(0).getContent()
                : (String) content;
    }

    private static String link(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        assertTrue(found.find(), "a link in " + text);
        return found.group();
    }
}
