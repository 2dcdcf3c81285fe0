package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The public site and the checkout for a browser that asks for German (issue 17, "Two
 * languages"): the home page, a category, an event, login and registration, and the checkout's
 * amount, address, seat, payment method and payment steps show no English label (no text, attribute or script label equal
 * to an English bundle text that has another German one); dates and prices are German; the
 * header's switch to English is remembered across pages and into the checkout, and back; the
 * order paid in German is stored with its language and confirmed by a German email.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GermanSiteBrowserIT {

    /** Every text of the page a reader or a screen reader meets, and the labels its scripts show. */
    private static final String TEXTS = "var out = [document.title];"
            + " var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
            + " while (walker.nextNode()) { var n = walker.currentNode;"
            + "   if (n.parentElement && n.parentElement.closest('script, style, noscript, template')) continue;"
            + "   out.push(n.nodeValue); }"
            + " document.querySelectorAll('*').forEach(function (e) {"
            + "   for (var i = 0; i < e.attributes.length; i++) { var a = e.attributes[i];"
            + "     if (/^(placeholder|aria-label|title|alt|data-.*)$/.test(a.name)"
            + "         || a.name === 'value' && /^(submit|button)$/.test(e.type)) out.push(a.value); } });"
            + " return out;";

    private static final Properties ENGLISH = bundle("messages.properties");
    private static final Properties GERMAN = bundle("messages_de.properties");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aGermanBrowserSeesThePublicPagesAndTheCheckoutInGerman() throws Exception {
        long sessionId = BurstArena.create(3, 8, 40, 1).sessionIds().get(0);
        String event = TestDatabase.string(
                "select e.slug from event e join event_session s on s.event_id = e.id where s.id = ?", sessionId);
        String category = TestDatabase.string(
                "select c.slug from category c join event e on e.category_id = c.id"
                        + " join event_session s on s.event_id = e.id where s.id = ?",
                sessionId);
        String email = "anna+" + System.nanoTime() + "@example.com";
        try (MailServer mail = MailServer.start();
                PayPalFake paypal = PayPalFake.startForServer();
                Browser browser = Browser.speaking("de-DE,de")) {
            german(browser.open("/"), "de-home");
            assertEquals("Deutsch", browser.text("#language-switch .mq-current"));

            german(browser.open("/categories/" + category), "de-category");
            german(browser.open("/events/" + event), "de-event");
            String sessions = browser.text("#sessions");
            assertTrue(
                    sessions.matches("(?s).*\\b(Mo|Di|Mi|Do|Fr|Sa|So)\\., \\d{1,2}\\. .*"),
                    "a German date: " + sessions);
            assertTrue(sessions.matches("(?s).*\\d,\\d\\d.*"), "a German price: " + sessions);

            german(
                    browser.open("/venues/"
                            + TestDatabase.string(
                                    "select v.slug from venue v join event_session s on s.venue_id = v.id where s.id = ?",
                                    sessionId)),
                    "de-venue");
            german(
                    browser.open("/cities/"
                            + TestDatabase.string(
                                    "select c.slug from city c join venue v on v.city_id = c.id join event_session s"
                                            + " on s.venue_id = v.id where s.id = ?",
                                    sessionId)),
                    "de-city");
            german(browser.open("/search?q=burst"), "de-search");
            german(browser.open("/artists"), "de-artists");
            german(browser.open("/blog"), "de-blog");
            german(browser.open("/login.xhtml"), "de-login");
            german(browser.open("/account/register.xhtml"), "de-register");
            german(browser.open("/newsletter"), "de-newsletter");

            browser.open("/events/" + event);
            browser.click("#buy-" + sessionId);
            browser.waitForPath("/checkout/amount.xhtml");
            german(browser, "de-checkout-amount");
            new Select(browser.find("#amount\\:tickets")).selectByVisibleText("2");
            browser.click("#amount\\:continue");
            browser.waitForPath("/checkout/address.xhtml");
            german(browser, "de-checkout-address");
            browser.type("#address\\:name", "Anna Schmidt");
            browser.type("#address\\:email", email);
            browser.type("#address\\:line", "Hauptstraße 1");
            browser.type("#address\\:postalCode", "10115");
            browser.type("#address\\:city", "Berlin");
            browser.type("#address\\:country", "Deutschland");
            browser.click("#address\\:continue");
            browser.waitForPath("/checkout/seats.xhtml");
            browser.find("#seat-step[data-live-open]");
            german(browser, "de-checkout-seats");
            assertEquals("Plätze", browser.text("#steps .mq-step-current"));
            new Select(browser.find("#best\\:count")).selectByVisibleText("2");
            browser.click("#best\\:take");
            browser.waitFor()
                    .until(ignored -> browser.text("#messages").contains("2 Plätze nebeneinander gehören Ihnen"));
            german(browser, "de-checkout-seats-taken");
            browser.click("#done\\:continue");
            browser.waitForPath("/checkout/payment-method.xhtml");
            german(browser, "de-checkout-method");
            // Not the card: Stripe is out of reach in the tests.
            browser.driver()
                    .findElement(By.cssSelector("input[type=radio][value='TEST'], input[type=radio][value='PAYPAL']"))
                    .click();
            browser.click("#method\\:continue");
            browser.waitForPath("/checkout/payment.xhtml");
            german(browser, "de-checkout-payment");
            assertTrue(browser.text("#main").matches("(?s).*\\d,\\d\\d\\s?\\S+.*"), "German prices");

            // The switch: English on this page, on the next and in the checkout, until switched back.
            String payment = browser.pathAndQuery();
            browser.click("#lang-en");
            browser.waitFor().until(ignored -> "en".equals(language(browser)));
            assertEquals(payment, browser.pathAndQuery(), "the switch comes back to the page it was on");
            assertEquals("Payment", browser.text("#steps .mq-step-current"));
            assertTrue(englishOn(browser).contains("Payment"), "the check sees English: " + englishOn(browser));
            Cookie remembered = browser.driver().manage().getCookieNamed("marquee-lang");
            assertEquals("en", remembered.getValue());
            assertEquals("/", remembered.getPath());
            assertEquals("Lax", remembered.getSameSite());
            assertTrue(remembered.getExpiry().toInstant().isAfter(Instant.now().plus(Duration.ofDays(300))));
            browser.open("/events/" + event);
            assertEquals("en", language(browser), "English is remembered on the next page");
            assertEquals("English", browser.text("#language-switch .mq-current"));

            browser.click("#lang-de");
            browser.waitFor().until(ignored -> "de".equals(language(browser)));
            german(browser.open(payment), "de-checkout-payment-again");

            // Paid in German: the thank-you page, the order's language and its email are German.
            browser.click("#paypal\\:pay-paypal");
            browser.click("#paypal-approve");
            browser.waitForPath("/checkout/done.xhtml");
            german(browser, "de-checkout-done");
            String pnr = browser.text("#done-pnr");
            assertEquals("de", TestDatabase.string("select language from event_session_order where pnr = ?", pnr));
            MimeMessage placed = mail.await(email, 1, Duration.ofSeconds(30)).get(0);
            assertTrue(placed.getSubject().startsWith("Ihre Tickets für"), placed.getSubject());
        }
    }

    @Test
    void aGermanBuyersAccountPagesAreGerman() throws Exception {
        String email = "konto+" + System.nanoTime() + "@example.com";
        TestAccounts.insertUser(email, "ein-langes-passwort", Role.BUYER);
        try (Browser browser = Browser.speaking("de-DE,de")) {
            browser.open("/login.xhtml");
            browser.logIn(email, "ein-langes-passwort");
            browser.waitFor().until(ignored -> !browser.path().equals("/login.xhtml"));
            german(browser.open("/account/"), "de-account");
            german(browser.open("/account/orders.xhtml"), "de-account-orders");
            german(browser.open("/account/security.xhtml"), "de-account-security");
            german(browser.open("/account/delete.xhtml"), "de-account-delete");
        }
    }

    /** The page is German: its language, and no English text that has a German one. */
    private static void german(Browser browser, String screenshot) {
        browser.screenshot(screenshot);
        assertEquals("de", language(browser), browser.path());
        assertEquals(Set.of(), englishOn(browser), "English labels on " + browser.pathAndQuery());
    }

    /** The texts of the page that are English labels. */
    private static Set<String> englishOn(Browser browser) {
        Set<String> english = englishLabels();
        Set<String> found = new TreeSet<>();
        for (String text : texts(browser)) {
            for (String part : text.split(" · ")) {
                String label = part.replaceAll("\\s+", " ").strip();
                if (english.contains(label)) {
                    found.add(label);
                }
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Browser browser) {
        Object texts = ((JavascriptExecutor) browser.driver()).executeScript(TEXTS);
        List<String> strings = new ArrayList<>();
        for (Object text : (List<Object>) texts) {
            if (text != null) {
                strings.add(text.toString());
            }
        }
        return strings;
    }

    private static String language(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang");
    }

    /**
     * The English texts a German page must not show: those without arguments whose German text
     * differs ("Tickets" is both), and those of staff keys with no German text at all.
     */
    private static Set<String> englishLabels() {
        Set<String> germanTexts = new HashSet<>();
        GERMAN.values().forEach(value -> germanTexts.add(value.toString().strip()));
        Set<String> labels = new HashSet<>();
        for (Map.Entry<Object, Object> entry : ENGLISH.entrySet()) {
            String text = entry.getValue().toString().strip();
            if (text.isEmpty() || text.contains("{") || germanTexts.contains(text)) {
                continue;
            }
            labels.add(text);
        }
        return labels;
    }

    private static Properties bundle(String name) {
        Path file = Path.of("..", "web-common", "src", "main", "resources", "org", "marquee", "web", name);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file.toAbsolutePath(), e);
        }
        return properties;
    }
}
