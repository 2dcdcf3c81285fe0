package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** An admin on the mail page: a test mail that arrives, a refused address, a failed message sent again. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminMailBrowserIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    private static final String ADMIN = TestAccounts.admin();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void anAdminSendsATestMailInGermanAndItArrives() throws Exception {
        String address = "test-mail-" + System.nanoTime() + "@marquee.test";
        try (MailServer mail = MailServer.start();
                Browser browser = loggedInAdmin()) {
            browser.type("#test\\:address", "  " + address.toUpperCase() + " ");
            browser.click("label[for='test:language:1']");
            browser.click("#test\\:send");
            browser.expectText(Browser.INFO, "A test mail to " + address + " is in the outbox.");

            MimeMessage message = mail.await(address, 1, ARRIVAL).get(0);
            assertEquals("Testnachricht von Marquee", message.getSubject());
            assertTrue(message.getContentType().startsWith("multipart/alternative"));

            browser.open("/admin/mail.xhtml");
            browser.type("#outbox\\:table\\:recipient\\:filter", address);
            browser.waitFor().until(d -> onlyRow(browser).contains(address));
            assertTrue(onlyRow(browser).contains("Testnachricht von Marquee"));
            assertTrue(onlyRow(browser).contains("Sent"));
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('outbox').scrollIntoView()");
            browser.screenshot("admin-mail");
        }
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_entry where actor = ? and summary = ?",
                        ADMIN,
                        "test mail to " + address));
    }

    @Test
    void anInvalidAddressGetsAFieldMessageAndNothingIsQueued() throws Exception {
        try (Browser browser = loggedInAdmin()) {
            // Counted after the login, which mails its sign-in code and maybe a new-login alert.
            long messages = TestDatabase.count("select count(*) from outbox_message");
            browser.type("#test\\:address", "not-an-address");
            browser.click("#test\\:send");
            assertEquals(
                    "Enter an email address, such as name@example.org.",
                    browser.text("#test .ui-message-error-detail"));

            browser.type("#test\\:address", "");
            browser.click("#test\\:send");
            assertEquals(
                    "Enter an email address, such as name@example.org.",
                    browser.text("#test .ui-message-error-detail"));
            assertEquals(messages, TestDatabase.count("select count(*) from outbox_message"));
        }
    }

    @Test
    void aMessageThatFailedWhileTheMailServerWasDownIsSentAgainFromTheTable() throws Exception {
        String address = "retry-" + System.nanoTime() + "@marquee.test";
        try (MailServer mail = MailServer.down();
                Browser browser = loggedInAdmin()) {
            browser.type("#test\\:address", address);
            browser.click("#test\\:send");
            browser.text(Browser.INFO);
            // 5 attempts in the tests, after pauses of 1, 2, 4 and 8 s.
            awaitStatus(address, "FAILED", Duration.ofSeconds(40));

            mail.up();
            browser.open("/admin/mail.xhtml");
            browser.type("#outbox\\:table\\:recipient\\:filter", address);
            browser.waitFor().until(d -> onlyRow(browser).contains(address));
            filterByStatus(browser, "Sent");
            browser.waitFor().until(d -> onlyRow(browser).equals("Nothing matches."));
            filterByStatus(browser, "Failed");
            browser.waitFor().until(d -> onlyRow(browser).contains(address));
            assertTrue(onlyRow(browser).contains("Failed"));
            assertTrue(onlyRow(browser).contains("Connection refused"), "the last error");
            browser.driver()
                    .findElement(By.cssSelector("#outbox\\:table_data button[id$=':retry']"))
                    .click();
            browser.expectText(Browser.INFO, "The message to " + address + " is queued again.");

            mail.await(address, 1, ARRIVAL);
            awaitStatus(address, "SENT", ARRIVAL);
        }
    }

    /** The text of the table's one row; empty while it shows more or fewer. */
    private static String onlyRow(Browser browser) {
        var rows = browser.driver().findElements(By.cssSelector("#outbox\\:table_data > tr"));
        return rows.size() == 1 ? rows.get(0).getText() : "";
    }

    private static void filterByStatus(Browser browser, String label) {
        AdminSteps.choose(browser, "#outbox\\:table\\:statusFilter", label);
    }

    private static void awaitStatus(String recipient, String status, Duration timeout) throws Exception {
        Waits.until(
                "the message to " + recipient + " " + status,
                timeout,
                () -> TestDatabase.count(
                                "select count(*) from outbox_message where recipient = ? and status = ?",
                                recipient,
                                status)
                        > 0);
    }

    private static Browser loggedInAdmin() {
        Browser browser = new Browser();
        browser.open("/admin/mail.xhtml");
        browser.logIn(ADMIN, TestAccounts.PASSWORD);
        browser.waitForPath("/admin/mail.xhtml");
        return browser;
    }
}
