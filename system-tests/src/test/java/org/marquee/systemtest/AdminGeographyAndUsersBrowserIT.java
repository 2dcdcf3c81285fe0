package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.AdminSteps.choose;
import static org.marquee.systemtest.AdminSteps.loggedInAdmin;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.openqa.selenium.By;

/** An admin managing countries, cities and user accounts; refusals change nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminGeographyAndUsersBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aCountryAndACityAreAddedShownPubliclyAndDeleted() throws Exception {
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/countries.xhtml");
            browser.type("#add\\:code", "is");
            browser.type("#add\\:name", "Iceland");
            browser.click("#add\\:save");
            browser.expectText(Browser.INFO, "Saved Iceland.");
            assertEquals(1, TestDatabase.count("select count(*) from country where code = 'IS'"));

            browser.open("/admin/city.xhtml");
            browser.type("#city\\:name", "Reykjavik");
            choose(browser, "#city\\:country", "Iceland (IS)");
            browser.type("#city\\:timeZone_input", "Atlantic/Reykjavik");
            browser.click("#city\\:save");
            browser.expectText(Browser.INFO, "Saved Reykjavik.");
            assertTrue(browser.text("#history").contains("CREATE"));
            long id = TestDatabase.count("select id from city where slug = 'reykjavik-is'");

            browser.open("/cities/reykjavik-is");
            assertTrue(browser.text("#browse-heading").contains("Reykjavik"));

            browser.open("/admin/countries.xhtml");
            browser.type("#list\\:table\\:code\\:filter", "IS");
            browser.waitFor().until(d -> rows(browser, "list") == 1);
            browser.click("#list\\:table\\:0\\:delete");
            browser.click(".ui-confirmdialog-yes");
            assertTrue(browser.text(Browser.ERROR).contains("Iceland cannot be deleted: 1 cities"));

            browser.open("/admin/city.xhtml?id=" + id);
            browser.click("#city\\:delete");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForPath("/admin/cities.xhtml");
            assertEquals(0, TestDatabase.count("select count(*) from city where id = ?", id));
        }
    }

    @Test
    void badGeographyInputGetsMessagesAndSavesNothing() throws Exception {
        Countries.ensureInDatabase("DE");
        // A city of the class's own with a venue in it.
        long venue = BurstArena.create(1, 2, 5, 0).venueId();
        long city = TestDatabase.count("select city_id from venue where id = ?", venue);
        String cityName = TestDatabase.string("select name from city where id = ?", city);
        long countries = TestDatabase.count("select count(*) from country");
        long cities = TestDatabase.count("select count(*) from city");
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/countries.xhtml");
            browser.type("#add\\:code", "XX");
            browser.type("#add\\:name", "Nowhere");
            browser.click("#add\\:save");
            assertTrue(browser.text(Browser.ERROR).contains("Not an ISO 3166 country code"));

            browser.type("#add\\:code", "DE");
            browser.type("#add\\:name", "Germany again");
            browser.click("#add\\:save");
            browser.waitFor().until(d -> browser.text(Browser.ERROR).equals("The country DE exists already."));

            browser.open("/admin/city.xhtml");
            browser.type("#city\\:name", "Olympus");
            choose(browser, "#city\\:country", "Germany (DE)");
            browser.type("#city\\:timeZone_input", "Mars/Olympus_Mons");
            browser.click("#city\\:save");
            assertEquals(
                    "Mars/Olympus_Mons is not a known time zone. Use an IANA name such as Europe/Berlin.",
                    browser.text("#city .ui-message-error-detail"));

            browser.open("/admin/city.xhtml?id=" + city);
            browser.click("#city\\:delete");
            browser.click(".ui-confirmdialog-yes");
            assertTrue(browser.text(Browser.ERROR).contains(cityName + " cannot be deleted"));
        }
        assertEquals(countries, TestDatabase.count("select count(*) from country"));
        assertEquals(cities, TestDatabase.count("select count(*) from city"));
    }

    @Test
    void anAdminCreatesAStaffAccountFiltersByRoleAndDisablesIt() throws Exception {
        String email = "editor" + System.nanoTime() + "@marquee.test";
        // An editor and an admin of this class's own, which the email filter finds together.
        String tag = "ug" + System.nanoTime();
        String editor = "editor-" + tag + "@marquee.test";
        String admin = "admin-" + tag + "@marquee.test";
        TestAccounts.insertUser(editor, TestAccounts.PASSWORD, Role.MARKETING);
        TestAccounts.insertUser(admin, TestAccounts.PASSWORD, Role.ADMIN);
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/users.xhtml");
            browser.type("#users\\:table\\:email\\:filter", tag);
            browser.waitFor()
                    .until(d -> browser.text("#users\\:table_data").contains(editor)
                            && browser.text("#users\\:table_data").contains(admin));
            choose(browser, "#users\\:table\\:roleFilter", "Marketing editors");
            browser.waitFor()
                    .until(d -> browser.text("#users\\:table_data").contains(editor)
                            && !browser.text("#users\\:table_data").contains(admin));

            browser.open("/admin/user.xhtml");
            browser.type("#user\\:email", email);
            browser.type("#user\\:displayName", "Eddie Editor");
            browser.type("#user\\:password", "short");
            browser.click("label[for='user:roles:1']");
            browser.click("#user\\:save");
            browser.expectText("#user .ui-message-error-detail", "The password needs at least 10 characters.");
            assertEquals(0, TestDatabase.count("select count(*) from app_user where email = ?", email));

            browser.type("#user\\:password", "a-long-enough-secret");
            browser.click("#user\\:save");
            browser.expectText(Browser.INFO, "Saved " + email + ".");
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from user_role r join app_user u on u.id = r.user_id"
                                    + " where u.email = ? and r.role = 'MARKETING'",
                            email));

            browser.click("#user\\:enabled .ui-chkbox-box");
            browser.click("#user\\:save");
            browser.waitFor().until(d -> browser.text("#history").contains("disabled"));
        }
        assertEquals(0, TestDatabase.count("select count(*) from app_user where email = ? and enabled", email));
        try (Browser browser = new Browser()) {
            browser.open("/marketing/login.xhtml");
            browser.logIn(email, "a-long-enough-secret");
            assertTrue(browser.text(Browser.ERROR).equals("The email or password is not right. Please try again."));
        }
    }

    @Test
    void anAdminCannotLockThemselvesOut() throws Exception {
        String admin = TestAccounts.admin();
        long id = TestDatabase.count("select id from app_user where email = ?", admin);
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/user.xhtml?id=" + id);
            browser.click("label[for='user:roles:0']");
            browser.click("#user\\:save");
            assertTrue(browser.text(Browser.ERROR).startsWith("You cannot remove your own administrator role"));
        }
        assertEquals(1, TestDatabase.count("select count(*) from user_role where user_id = ? and role = 'ADMIN'", id));
    }

    private static int rows(Browser browser, String form) {
        return browser.driver()
                .findElements(By.cssSelector("#" + form + "\\:table_data > tr[data-ri]"))
                .size();
    }
}
