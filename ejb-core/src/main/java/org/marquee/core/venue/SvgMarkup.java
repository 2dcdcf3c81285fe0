package org.marquee.core.venue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Appends SVG markup to a buffer, escaping every text and attribute value on the way so the
 * renderer cannot forget to. Hand-written rather than through a DOM because a plan of a few
 * thousand seats is one linear pass over a StringBuilder.
 */
final class SvgMarkup {

    private final StringBuilder out;

    SvgMarkup(int expectedLength) {
        this.out = new StringBuilder(expectedLength);
    }

    SvgMarkup open(String tag) {
        out.append('<').append(tag);
        return this;
    }

    SvgMarkup attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value);
        out.append('"');
        return this;
    }

    SvgMarkup attribute(String name, double value) {
        out.append(' ').append(name).append("=\"").append(number(value)).append('"');
        return this;
    }

    /** Ends a start tag whose element has content. */
    SvgMarkup content() {
        out.append('>');
        return this;
    }

    SvgMarkup text(String value) {
        escape(value);
        return this;
    }

    SvgMarkup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Ends a start tag as an empty element. */
    SvgMarkup closeEmpty() {
        out.append("/>");
        return this;
    }

    SvgMarkup textElement(String tag, String value) {
        return open(tag).content().text(value).close(tag);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * At most two decimals (a tenth of a millimetre on the plan), no trailing zeros and always a
     * '.' separator: String.format would follow the default Locale and write "12,5" in Germany.
     */
    static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * Escapes the five XML specials, keeps tabs and line breaks in attributes as character
     * references (a parser would otherwise turn them into spaces) and replaces what XML 1.0
     * cannot carry at all (control characters, lone surrogates) with U+FFFD, so a hostile name
     * cannot break the document.
     */
    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append("&#").append((int) c).append(';');
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
