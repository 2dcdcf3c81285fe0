package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.AdminSteps.loggedInAdmin;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An admin adding, renaming and deleting categories; a category in use is kept. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminCategoriesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aCategoryIsAddedRenamedAndDeleted() throws Exception {
        String name = "Circus " + System.nanoTime();
        try (Browser browser = loggedInAdmin("/admin/categories.xhtml")) {
            browser.type("#add\\:name", name);
            browser.click("#add\\:save");
            browser.expectText(Browser.INFO, "Saved " + name + ".");
            String slug = TestDatabase.string("select slug from category where name = '" + name + "'");

            browser.open("/categories/" + slug);
            assertEquals(name, browser.text("#browse-heading"), "the public site lists it");

            browser.open("/admin/categories.xhtml");
            rowOf(browser, name)
                    .findElement(By.cssSelector("button[id$=':edit']"))
                    .click();
            browser.type("input[id$=':editedName']", name + " and Acrobats");
            browser.click("button[id$=':rename']");
            browser.expectText(Browser.INFO, "Saved " + name + " and Acrobats.");

            rowOf(browser, name + " and Acrobats")
                    .findElement(By.cssSelector("button[id$=':delete']"))
                    .click();
            browser.click(".ui-confirmdialog-yes");
            browser.expectText(Browser.INFO, "Deleted " + name + " and Acrobats.");
        }
        assertEquals(0, TestDatabase.count("select count(*) from category where name like ?", name + "%"));
    }

    @Test
    void aCategoryWithEventsIsKeptAndAnEmptyNameRefused() throws Exception {
        String concerts = "Concerts " + System.nanoTime();
        long category = TestCatalog.category(concerts);
        TestCatalog.publishedEvent("A concert of " + concerts, category);
        long categories = TestDatabase.count("select count(*) from category");
        try (Browser browser = loggedInAdmin("/admin/categories.xhtml")) {
            rowOf(browser, concerts)
                    .findElement(By.cssSelector("button[id$=':delete']"))
                    .click();
            browser.click(".ui-confirmdialog-yes");
            assertTrue(browser.text(Browser.ERROR).contains(concerts + " cannot be deleted"));

            browser.click("#add\\:save");
            browser.expectText("#add .ui-message-error-detail", "A category needs a name.");
        }
        assertEquals(categories, TestDatabase.count("select count(*) from category"));
    }

    private static WebElement rowOf(Browser browser, String name) {
        return browser.waitFor().until(d -> d.findElements(By.cssSelector("#list\\:table_data > tr")).stream()
                .filter(row -> row.getText().startsWith(name))
                .findFirst()
                .orElse(null));
    }
}
