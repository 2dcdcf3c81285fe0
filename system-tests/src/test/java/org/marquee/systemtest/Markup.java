package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a page's markup owes screen readers and validators (issue 17, "Accessible and valid"),
 * read from the page a browser built: no id twice, every picture with a text alternative (or
 * marked decoration), every form field with a label, one main heading and no level skipped below
 * it, the landmarks (header, navigation, main, footer) and the page's language.
 */
final class Markup {

    private static final String FINDINGS = "var found = [];"
            + " var ids = {}; document.querySelectorAll('[id]').forEach(function (e) {"
            + "   if (ids[e.id]) found.push('id twice: ' + e.id); ids[e.id] = true; });"
            + " document.querySelectorAll('img').forEach(function (e) {"
            + "   if (!e.hasAttribute('alt') && e.getAttribute('role') !== 'presentation')"
            + "     found.push('picture without alt: ' + e.outerHTML.substring(0, 120)); });"
            + " document.querySelectorAll('input, select, textarea').forEach(function (e) {"
            + "   if (/^(hidden|submit|button|image|reset)$/.test(e.type)) return;"
            + "   var labelled = e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.title"
            + "     || e.closest('label') || (e.id && document.querySelector('label[for=\"' + CSS.escape(e.id) + '\"]'));"
            + "   if (!labelled) found.push('field without label: ' + e.outerHTML.substring(0, 120)); });"
            + " var h1 = document.querySelectorAll('h1').length;"
            + " if (h1 !== 1) found.push(h1 + ' main headings');"
            + " var level = 0; document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(function (h) {"
            + "   var l = +h.tagName.substring(1);"
            + "   if (level && l > level + 1) found.push('heading skips from h' + level + ' to h' + l + ': ' + h.textContent.trim());"
            + "   level = l; });"
            + " ['header', 'nav', 'main', 'footer'].forEach(function (t) {"
            + "   if (!document.querySelector(t)) found.push('no ' + t); });"
            + " if (!document.documentElement.lang) found.push('no language');"
            + " return found;";

    private Markup() {}

    /** Fails with every finding of the page the browser shows. */
    static void assertSound(Browser browser) {
        assertEquals(List.of(), findings(browser), browser.pathAndQuery());
    }

    /** What is wrong with the page the browser shows, one line a finding. */
    @SuppressWarnings("unchecked")
    static List<String> findings(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(FINDINGS);
    }
}
