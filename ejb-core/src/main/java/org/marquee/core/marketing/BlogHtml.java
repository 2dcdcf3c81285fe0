package org.marquee.core.marketing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a post body may hold: what the editor (Quill) produces, and nothing that runs. Scripts,
 * event handler attributes, styles and {@code javascript:} or {@code data:} URLs are dropped by
 * the OWASP sanitiser's allow-list; links get {@code rel="nofollow noopener noreferrer"}.
 *
 * <p>Pictures come only from our own image store ({@code /images/<id>/<variant>.jpg}, uploaded to
 * the post's pictures): a picture from another host would tell it who reads the post (a tracking
 * pixel), and a {@code data:} picture would bloat every page. Links are http(s), mailto, an
 * address on this site ({@code /...}) or a fragment; protocol-relative ({@code //host}) and
 * {@code /\host} addresses, which browsers read as another host, are dropped. {@link #clean} says
 * how many pictures and links it dropped, so that the editor can tell the author.
 */
public final class BlogHtml {

    /** The editor's alignment, indentation and code-block classes, and no other. */
    private static final Pattern EDITOR_CLASS = Pattern.compile("(?:ql-[a-z0-9-]+)(?:\\s+ql-[a-z0-9-]+)*");

    /** A variant of a picture in our own image store, as {@code ImageRef.src} writes it. */
    static final Pattern OWN_IMAGE = Pattern.compile("/images/[0-9]{1,18}/(?:thumb|card|hero)\\.jpg");

    /** http(s), mailto, a path of this site (not {@code //} or {@code /\}) or a fragment. */
    private static final Pattern LINK =
            Pattern.compile("(?i)(?:https?://[^\\s/\\\\][^\\s]*|mailto:[^\\s]+|/(?![/\\\\])[^\\s]*|#[^\\s]*)");

    private static final Pattern IMG_TAG = Pattern.compile("(?i)<img\\b");
    private static final Pattern LINK_TAG = Pattern.compile("(?i)<a\\b[^>]*\\bhref\\s*=");

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
            .matching(LINK)
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            // A picture without an address of ours is no picture: it goes whole, alt text and all.
            // A post's pictures are below its cover: fetched when the reader scrolls near them
            // (the element policy runs after the attribute rules, so these two stay).
            .allowElements(
                    (name, attributes) -> {
                        if (!attributes.contains("src")) {
                            return null;
                        }
                        attributes.addAll(List.of("loading", "lazy", "decoding", "async"));
                        return name;
                    },
                    "img")
            .allowAttributes("src")
            .matching(OWN_IMAGE)
            .onElements("img")
            .allowAttributes("alt", "width", "height")
            .onElements("img")
            .allowAttributes("colspan", "rowspan")
            .matching(Pattern.compile("[0-9]{1,3}"))
            .onElements("td", "th")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    /** A body as it may be stored, and how many pictures and links of the original it left out. */
    public record Cleaned(String html, int droppedPictures, int droppedLinks) {

        public boolean droppedSomething() {
            return droppedPictures > 0 || droppedLinks > 0;
        }
    }

    private BlogHtml() {}

    /** The body as it may be stored and shown; null and blank become the empty string. */
    public static String sanitize(String html) {
        return clean(html).html();
    }

    /** The body as it may be stored, and what was dropped from it (pictures not of ours, links not http(s)). */
    public static Cleaned clean(String html) {
        if (html == null || html.isBlank()) {
            return new Cleaned("", 0, 0);
        }
        String safe = POLICY.sanitize(html).strip();
        int pictures = Math.max(0, count(IMG_TAG, html) - count(IMG_TAG, safe));
        int links = Math.max(0, count(LINK_TAG, html) - count(LINK_TAG, safe));
        return new Cleaned(safe, pictures, links);
    }

    private static int count(Pattern pattern, String text) {
        int n = 0;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
