package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages under the Content-Security-Policy (issue 13, item 6) in headless Chromium: PrimeFaces'
 * scripts, our own, the seat map with its live channel and the admin's inline script run, and the
 * console reports no violation on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void publicPagesAndTheCheckoutToTheLiveSeatMapRunWithoutViolations() throws Exception {
        // On sale for 30 days more, at a hall of seats only: the checkout goes to the seat map.
        long sessionId = BurstArena.seatedOnly(4, 10, 1).open().sessionIds().get(0);
        String slug = TestDatabase.string(
                "select e.slug from event e join event_session s on s.event_id = e.id where s.id = ?", sessionId);
        try (Browser browser = new Browser()) {
            for (String page : List.of("/", "/blog", "/newsletter", "/account/register.xhtml", "/login.xhtml")) {
                browser.open(page);
                assertEquals(List.of(), browser.cspViolations(), page);
            }
            browser.open("/events/" + slug);
            browser.click("#buy-" + sessionId);
            browser.waitForPath("/checkout/amount.xhtml");
            assertTrue(browser.text("#hold-time-left").matches("1?\\d:\\d\\d"), "the countdown script runs");
            browser.type("#amount\\:promo-code", "NO-SUCH-CODE");
            browser.click("#amount\\:promo-apply");
            browser.waitFor()
                    .until(ignored -> browser.has("#amount\\:promo-message")
                            && !browser.text("#amount\\:promo-message").isBlank());
            assertEquals(List.of(), browser.cspViolations(), "the promo code's Ajax");
            browser.type("#amount\\:promo-code", ""); // Continue would apply a typed code
            new Select(browser.find("#amount\\:tickets")).selectByVisibleText("2");
            browser.click("#amount\\:continue");
            browser.waitForPath("/checkout/address.xhtml");
            browser.type("#address\\:name", "Zoë Prüfer");
            browser.type("#address\\:email", "zoe@example.com");
            browser.type("#address\\:line", "Hauptstraße 1");
            browser.type("#address\\:postalCode", "10115");
            browser.type("#address\\:city", "Berlin");
            browser.type("#address\\:country", "Deutschland");
            browser.click("#address\\:continue");
            browser.waitForPath("/checkout/seats.xhtml");
            browser.find("#seat-step[data-live-open]");
            browser.find("#seat-map [data-seat]");
            assertEquals(List.of(), browser.cspViolations(), "checkout");
        }
    }

    @Test
    void theAdminPanelRunsWithoutViolations() throws Exception {
        long venue = BurstArena.create(2, 6, 20, 0).venueId();
        try (Browser browser = new Browser()) {
            browser.open("/admin/login.xhtml");
            browser.logIn(TestAccounts.admin(), TestAccounts.PASSWORD);
            browser.waitForPath("/admin/");
            for (String page : List.of(
                    "/admin/", "/admin/events.xhtml", "/admin/users.xhtml", "/admin/venue-layout.xhtml?id=" + venue)) {
                browser.open(page);
                assertEquals(List.of(), browser.cspViolations(), page);
            }
        }
    }
}
