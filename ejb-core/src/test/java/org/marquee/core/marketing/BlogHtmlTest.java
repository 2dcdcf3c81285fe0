package org.marquee.core.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlogHtmlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>Hi</p><script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<svg onload=alert(1)></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<p onclick=\"alert(1)\">x</p>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "<form action=\"https://evil.example\"><input name=a></form>",
                "<img src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<<script>script>alert(1)<</script>/script>"
            })
    void nothingThatRunsSurvives(String payload) {
        String safe = BlogHtml.sanitize(payload).toLowerCase(Locale.ROOT);

        assertFalse(safe.contains("<script"), safe);
        assertFalse(safe.contains("onerror"), safe);
        assertFalse(safe.contains("onload"), safe);
        assertFalse(safe.contains("onclick"), safe);
        assertFalse(safe.contains("javascript:"), safe);
        assertFalse(safe.contains("<iframe"), safe);
        assertFalse(safe.contains("<svg"), safe);
        assertFalse(safe.contains("<object"), safe);
        assertFalse(safe.contains("<embed"), safe);
        assertFalse(safe.contains("<form"), safe);
        assertFalse(safe.contains("<style"), safe);
        assertFalse(safe.contains("data:"), safe);
    }

    @Test
    void theEditorsFormattingIsKept() {
        String html = "<h2>Line-up</h2><p class=\"ql-align-center\"><strong>Bold</strong> and <em>italic</em></p>"
                + "<ul><li class=\"ql-indent-1\">one</li></ul><blockquote>quote</blockquote>"
                + "<pre class=\"ql-syntax\">code</pre>";

        assertEquals(html, BlogHtml.sanitize(html));
    }

    @Test
    void linksStayButCannotReachBackIntoThePage() {
        String safe = BlogHtml.sanitize("<a href=\"https://example.com/x\" target=\"_blank\">site</a>");

        assertTrue(safe.startsWith("<a href=\"https://example.com/x\""), safe);
        assertTrue(safe.matches(".*rel=\"(?=[^\"]*nofollow)(?=[^\"]*noopener)(?=[^\"]*noreferrer)[^\"]*\".*"), safe);
    }

    @Test
    void classesOtherThanTheEditorsAreDropped() {
        assertEquals("<p>x</p>", BlogHtml.sanitize("<p class=\"mq-header evil\">x</p>"));
    }

    @Test
    void picturesFromOurOwnImageStoreStay() {
        BlogHtml.Cleaned cleaned = BlogHtml.clean("<p><img src=\"/images/1234/card.jpg\" alt=\"The band\"></p>");

        assertEquals(
                "<p><img src=\"/images/1234/card.jpg\" alt=\"The band\" loading=\"lazy\" decoding=\"async\" /></p>",
                cleaned.html());
        assertFalse(cleaned.droppedSomething());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://elsewhere.example/track.gif",
                "http://elsewhere.example/images/1/card.jpg",
                "//elsewhere.example/images/1/card.jpg",
                "data:image/png;base64,iVBORw0KGgo=",
                "/images/1/card.jpg?x=//elsewhere",
                "/images/1/../../etc/passwd",
                "/images/abc/card.jpg",
                "/images/1/original.png"
            })
    void picturesFromElsewhereGoWholeAndAreCounted(String src) {
        BlogHtml.Cleaned cleaned = BlogHtml.clean("<p>Look: <img src=\"" + src + "\" alt=\"pixel\"></p>");

        assertEquals("<p>Look: </p>", cleaned.html(), "no picture, and no alt text left behind");
        assertEquals(1, cleaned.droppedPictures());
        assertTrue(cleaned.droppedSomething());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//elsewhere.example/x",
                "/\\elsewhere.example/x",
                "ftp://elsewhere.example/x",
                "data:text/html,x"
            })
    void linksThatLeadElsewhereThanHttpAreDroppedAndCounted(String href) {
        BlogHtml.Cleaned cleaned = BlogHtml.clean("<p><a href=\"" + href + "\">site</a></p>");

        assertFalse(cleaned.html().contains("href"), cleaned.html());
        assertTrue(cleaned.html().contains("site"), "the words stay");
        assertEquals(1, cleaned.droppedLinks());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.com/x",
                "HTTP://example.com",
                "mailto:info@example.com",
                "/events/jazz",
                "#line-up"
            })
    void httpLinksMailAndAddressesOfThisSiteStay(String href) {
        BlogHtml.Cleaned cleaned = BlogHtml.clean("<p><a href=\"" + href + "\">site</a></p>");

        assertTrue(cleaned.html().contains("href=\"" + href.replace("@", "&#64;") + "\""), cleaned.html());
        assertEquals(0, cleaned.droppedLinks());
    }

    @Test
    void nothingIsEmpty() {
        assertEquals("", BlogHtml.sanitize(null));
        assertEquals("", BlogHtml.sanitize("   "));
    }
}
