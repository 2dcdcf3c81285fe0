package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public pages' markup as a browser builds it, on a phone-sized and a desktop window
 * ({@link Markup}: ids, text alternatives, labels, headings, landmarks, language). The checkout's
 * steps are checked on the way by {@link KeyboardPurchaseBrowserIT}. The catalog is the test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarkupBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void publicPagesAreLabelledHeadedAndWithoutDuplicateIds() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long cityId = TestCatalog.city("Markup City " + tag);
        long categoryId = TestCatalog.category("Markup Shows " + tag);
        long artistId = TestCatalog.artist("Markup Band " + tag);
        long venueId = TestCatalog.venue("Markup Hall " + tag, cityId);
        TestCatalog.standingSection(venueId, "Floor", 100);
        TestCatalog.publishedEvent("Markup Night " + tag, categoryId, artistId);
        List<String> pages = List.of(
                "/",
                "/events/" + TestCatalog.slug("Markup Night " + tag),
                "/artists/" + TestCatalog.slug("Markup Band " + tag),
                "/venues/" + TestCatalog.slug("Markup Hall " + tag),
                "/cities/" + TestDatabase.string("select slug from city where id = ?", cityId),
                "/categories/" + TestDatabase.string("select slug from category where id = ?", categoryId),
                "/search?q=" + tag,
                "/artists",
                "/venues",
                "/blog",
                "/newsletter",
                "/faq",
                "/login.xhtml",
                "/account/register.xhtml",
                "/account/forgot-password.xhtml");
        for (boolean phone : List.of(true, false)) {
            try (Browser browser = phone ? new Browser(390, 844) : new Browser()) {
                for (String page : pages) {
                    browser.open(page);
                    Markup.assertSound(browser);
                }
            }
        }
    }

    /** The check itself finds each thing it looks for: a page that has them all wrong. */
    @Test
    void theCheckFindsEveryFaultOfABrokenPage() {
        String broken = "<html><body><h1>One</h1><h1 id='x'>Two</h1><h3 id='x'>Skipped</h3>"
                + "<img src='a.png'><input type='text' name='q'></body></html>";
        try (Browser browser = new Browser()) {
            browser.driver()
                    .get("data:text/html;charset=utf-8,"
                            + URLEncoder.encode(broken, StandardCharsets.UTF_8).replace("+", "%20"));
            List<String> found = Markup.findings(browser);
            for (String fault : List.of(
                    "id twice: x",
                    "picture without alt",
                    "field without label",
                    "2 main headings",
                    "heading skips from h1 to h3",
                    "no header",
                    "no nav",
                    "no main",
                    "no footer",
                    "no language")) {
                assertTrue(found.stream().anyMatch(f -> f.startsWith(fault)), fault + " not found in " + found);
            }
            assertEquals(10, found.size(), found.toString());
        }
    }
}
