package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.AdminSteps.loggedInAdmin;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** An admin managing artists: the lazy table, the form's refusals, deletion, the audit history. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminArtistsBrowserIT {

    /** This class's artists: a page and one more, one of them the Velvet Owls, and one billed by an event. */
    private static final String TAG = "aa" + System.nanoTime();

    private static final String OWLS = "The Velvet Owls " + TAG;
    private static long billed;

    @BeforeAll
    static void artists() throws Exception {
        for (int i = 1; i <= 21; i++) {
            TestCatalog.artist(String.format("Artist %s %02d", TAG, i));
        }
        TestCatalog.artist(OWLS);
        billed = TestCatalog.artist("Billed " + TAG);
        TestCatalog.publishedEvent("Show of " + TAG, TestCatalog.category("Artists " + TAG), billed);
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void theTableFiltersAndPagesInTheDatabase() {
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/artists.xhtml");
            assertEquals(20, rows(browser), "the first page of more than 20 artists");

            browser.type("#artists\\:table\\:name\\:filter", OWLS.toLowerCase());
            browser.waitFor().until(d -> rows(browser) == 1);
            assertTrue(browser.text("#artists\\:table_data").contains(OWLS));
            browser.screenshot("admin-artists-filtered");
        }
    }

    @Test
    void anArtistIsCreatedShownPubliclyAndDeletedWithItsHistory() throws Exception {
        String name = "Test Artist " + System.nanoTime();
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/artist.xhtml");
            browser.type("#artist\\:name", name);
            browser.type("#artist\\:bio", "Plays the saw.");
            browser.click("#artist\\:save");

            browser.expectText(Browser.INFO, "Saved " + name + ".");
            assertTrue(browser.text("#history").contains("CREATE"));
            assertTrue(browser.text("#history").contains(TestAccounts.admin()), "the audit names the admin");
            String slug = TestDatabase.string("select slug from artist where name = '" + name + "'");

            browser.open("/artists/" + slug);
            assertEquals(name, browser.text("#artist-name"));

            browser.open("/admin/artist.xhtml?id=" + TestDatabase.count("select id from artist where slug = ?", slug));
            browser.click("#artist\\:delete");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForPath("/admin/artists.xhtml");
            browser.expectText(Browser.INFO, "Deleted " + name + ".");
            assertEquals(0, TestDatabase.count("select count(*) from artist where slug = ?", slug));
        }
    }

    @Test
    void badInputGetsFieldMessagesAndSavesNothing() throws Exception {
        long artists = TestDatabase.count("select count(*) from artist");
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/artist.xhtml");
            browser.click("#artist\\:save");
            browser.expectText("#artist .ui-message-error-detail", "An artist needs a name.");

            browser.type("#artist\\:name", "Somebody");
            browser.type("#artist\\:slug", "Not A Slug");
            browser.click("#artist\\:save");
            browser.waitFor().until(ignored -> browser.text("#artist .ui-message-error-detail")
                    .startsWith("Use lower-case letters"));

            browser.type("#artist\\:slug", TestCatalog.slug(OWLS));
            browser.click("#artist\\:save");
            assertEquals(
                    "The address name \u201c" + TestCatalog.slug(OWLS) + "\u201d is taken. Choose another.",
                    browser.text(Browser.ERROR));
        }
        assertEquals(artists, TestDatabase.count("select count(*) from artist"));
    }

    @Test
    void anArtistWithEventsCannotBeDeleted() throws Exception {
        long id = billed;
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/artist.xhtml?id=" + id);
            browser.click("#artist\\:delete");
            browser.click(".ui-confirmdialog-yes");

            assertTrue(browser.text(Browser.ERROR).contains("cannot be deleted"));
        }
        assertEquals(1, TestDatabase.count("select count(*) from artist where id = ?", id));
    }

    @Test
    void anUnknownArtistIsNotFound() {
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/artist.xhtml?id=999999999");
            assertTrue(browser.has("#error-404"));
        }
    }

    private static int rows(Browser browser) {
        return browser.driver()
                .findElements(By.cssSelector("#artists\\:table_data > tr[data-ri]"))
                .size();
    }
}
