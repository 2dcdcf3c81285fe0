package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.AdminSteps.choose;
import static org.marquee.systemtest.AdminSteps.loggedInAdmin;
import static org.marquee.systemtest.AdminSteps.waitForInfo;
import static org.marquee.systemtest.AdminSteps.waitForMessageAt;

import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin creating a promo code for an event from its page, seeing it listed with its uses, being
 * refused a code that exists in another case, and withdrawing it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPromoCodesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void anAdminCreatesListsAndWithdrawsACode() throws Exception {
        // An event-wide fixed amount needs an event whose sessions sell in one currency (item 18).
        long eventId = BurstArena.create(2, 5, 10, 2).eventId();
        String code = "Spring-" + Long.toString(System.nanoTime(), 36);
        String stored = code.toUpperCase(Locale.ROOT);
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/event.xhtml?id=" + eventId);
            browser.click("#promo-codes");
            browser.waitForPath("/admin/promo-codes.xhtml");

            // Item 26: the validity is typed in the venue's zone, and the form says which.
            assertTrue(browser.text(".mq-zone-note").contains("time zone"), browser.text(".mq-zone-note"));
            browser.type("#promo\\:code", code);
            choose(browser, "#promo\\:kind", "Fixed amount per order");
            browser.type("#promo\\:amount", "5");
            browser.type("#promo\\:maxUses", "50");
            browser.type("#promo\\:maxUsesPerBuyer", "2");
            browser.click("#promo\\:create");
            waitForInfo(browser, "Created promo code " + stored + ".");

            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from promo_code where code = ? and event_id = ? and discount_kind = 'FIXED'"
                                    + " and discount_value = 500 and max_uses = 50 and max_uses_per_buyer = 2 and active",
                            stored,
                            eventId));
            String row = browser.text("#codes\\:table_data tr:first-child");
            assertTrue(row.contains(stored), row);
            assertTrue(row.contains("0 / 50"), "no use yet, of 50: " + row);
            assertTrue(row.contains("The whole event"), row);

            TestDatabase.count("update promo_code set uses = 3 where code = ? returning uses", stored);
            browser.open("/admin/promo-codes.xhtml?event=" + eventId);
            assertTrue(browser.text("#codes\\:table_data tr:first-child").contains("3 / 50"), "the uses counted now");

            browser.type("#promo\\:code", code.toLowerCase(Locale.ROOT));
            browser.type("#promo\\:amount", "10");
            browser.click("#promo\\:create");
            waitForMessageAt(
                    browser,
                    "#promo\\:code",
                    "The code " + stored + " exists already (codes are unique, whatever their case).");
            assertEquals(1, TestDatabase.count("select count(*) from promo_code where code = ?", stored));

            browser.click("#codes\\:table\\:0\\:deactivate");
            browser.click(".ui-confirmdialog-yes");
            waitForInfo(browser, "Withdrew promo code " + stored + ".");
            assertEquals(0, TestDatabase.count("select count(*) from promo_code where code = ? and active", stored));
            assertTrue(browser.text("#codes\\:table_data tr:first-child").contains("Withdrawn"));
        }
    }
}
