package org.marquee.core.marketing;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a post body may hold: what the editor (Quill) produces, and nothing that runs. Scripts,
 * event handler attributes, styles and {@code javascript:} or {@code data:} URLs are dropped by
 * the OWASP sanitiser's allow-list; links get {@code rel="nofollow noopener noreferrer"}.
 */
public final class BlogHtml {

    /** The editor's alignment, indentation and code-block classes, and no other. */
    private static final Pattern EDITOR_CLASS = Pattern.compile("(?:ql-[a-z0-9-]+)(?:\\s+ql-[a-z0-9-]+)*");

    /** One builder: attribute rules of policies joined with {@code and()} do not combine per element. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonInlineFormattingElements()
            .allowCommonBlockElements()
            .allowElements("pre", "code", "hr", "blockquote", "figure", "figcaption", "s", "sub", "sup")
            .allowElements("table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption")
            .allowAttributes("class")
            .matching(EDITOR_CLASS)
            .onElements("p", "li", "pre", "span", "h1", "h2", "h3", "h4", "blockquote", "ol", "ul")
            .allowElements("a")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowElements("img")
            .allowAttributes("src", "alt", "width", "height")
            .onElements("img")
            .allowAttributes("colspan", "rowspan")
            .matching(Pattern.compile("[0-9]{1,3}"))
            .onElements("td", "th")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    private BlogHtml() {}

    /** The body as it may be stored and shown; null and blank become the empty string. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html).strip();
    }
}
