package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/**
 * An admin reads the consistency check from the dashboard: a message that a dead node kept
 * leased and never sent shows up as one violation of the outbox rule, with where and what; once
 * it is gone, "Check again" no longer lists it. The message is the test's own and is deleted
 * before the test ends (ConsistencyIT checks the database after the suite).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminConsistencyBrowserIT {

    private static final String STUCK = ".mq-rule-outbox-message-stuck";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void anAdminSeesAViolationWhereAndWhatAndThenNoMore() throws Exception {
        long message = stuckMessage();
        try (Browser browser = AdminSteps.loggedInAdmin()) {
            browser.click("#consistency-link");
            browser.waitForPath("/admin/consistency.xhtml");

            assertTrue(
                    browser.text("#consistency-failed").matches("\\d+ violations? of \\d+ rules?\\..*"),
                    browser.text("#consistency-failed"));
            String row = browser.text("#violations " + STUCK);
            assertTrue(row.contains("No email or text stays unsent"), row);
            assertTrue(row.contains("message " + message), row);
            assertTrue(row.contains("due since"), row);
            assertEquals("1", browser.text("#rules " + STUCK + " td:last-child"));
            assertEquals("Holds", browser.text("#rules .mq-rule-seat-sold-twice td:last-child"));
            browser.screenshot("admin-consistency-violation");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.screenshot("admin-consistency-phone");
            browser.driver().manage().window().setSize(new Dimension(1280, 900));

            TestDatabase.update("delete from outbox_message where id = ?", message);
            browser.submit("#again");

            assertFalse(browser.has("#violations " + STUCK));
            assertEquals("Holds", browser.text("#rules " + STUCK + " td:last-child"));
        } finally {
            TestDatabase.update("delete from outbox_message where id = ?", message);
        }
    }

    /** An email due an hour ago, leased far ahead by a node that will never send it. */
    private static long stuckMessage() throws Exception {
        Timestamp hourAgo = Timestamp.from(Instant.now().minusSeconds(3600));
        return TestDatabase.count(
                "insert into outbox_message (id, channel, recipient, template, language, subject, body_text,"
                        + " dedupe_key, status, attempts, next_attempt_at, lease_owner, leased_until, created_at)"
                        + " values (nextval('outbox_message_seq'), 'EMAIL', 'stuck@marquee.test', 'order-placed', 'en',"
                        + " 'Stuck', 'x', ?, 'PENDING', 1, ?, 'a-dead-node', ?, ?) returning id",
                "consistency-" + System.nanoTime(),
                hourAgo,
                Timestamp.from(Instant.now().plusSeconds(86_400)),
                hourAgo);
    }
}
