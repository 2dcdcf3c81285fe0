package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.AdminSteps.loggedInAdmin;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An admin changing the platform settings: saved with a history, refused field by field. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminSettingsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aValidChangeIsSavedAndRecorded() throws Exception {
        long before = TestDatabase.count("select hold_minutes from platform_settings");
        try (Browser browser = loggedInAdmin("/admin/settings.xhtml")) {
            browser.open("/admin/settings.xhtml");
            browser.type("#settings\\:hold", String.valueOf(before + 1));
            browser.type("#settings\\:feePercent", "2.5");
            browser.click("#settings\\:save");

            browser.expectText(Browser.INFO, "Settings saved.");
            assertEquals(before + 1, TestDatabase.count("select hold_minutes from platform_settings"));
            assertEquals(250, TestDatabase.count("select fee_percent_bp from platform_settings"));
            assertTrue(browser.text("#history").contains(TestAccounts.admin()));

            browser.type("#settings\\:hold", String.valueOf(before));
            browser.type("#settings\\:feePercent", "0");
            browser.click("#settings\\:save");
            // The page before and after says the same "Settings saved.": wait for the database.
            browser.waitFor().until(ignored -> holdMinutes() == before);
        }
    }

    @Test
    void outOfRangeValuesGetFieldMessagesAndChangeNothing() throws Exception {
        long hold = TestDatabase.count("select hold_minutes from platform_settings");
        try (Browser browser = loggedInAdmin("/admin/settings.xhtml")) {
            browser.open("/admin/settings.xhtml");
            browser.type("#settings\\:hold", "0");
            browser.type("#settings\\:currency", "EURO");
            browser.type("#settings\\:feePercent", "150");
            browser.click("#settings\\:save");

            String page = browser.text("#settings");
            assertTrue(page.contains("Enter a whole number of minutes from 1 to 120."));
            assertTrue(page.contains("Enter a percentage from 0 to 100, such as 2.5."));

            browser.type("#settings\\:hold", "30");
            browser.type("#settings\\:currency", "XYZ");
            browser.type("#settings\\:feePercent", "2.555");
            browser.click("#settings\\:save");
            assertFalse(browser.text(Browser.ERROR).isBlank(), "a refusal from the service");
        }
        assertEquals(hold, TestDatabase.count("select hold_minutes from platform_settings"));
        assertEquals(1, TestDatabase.count("select count(*) from platform_settings where default_currency = 'EUR'"));
    }

    private static long holdMinutes() {
        try {
            return TestDatabase.count("select hold_minutes from platform_settings");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
