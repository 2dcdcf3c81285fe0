package org.marquee.core.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marquee.core.platform.Money;

/**
 * Renders an invoice or credit note from the one template ({@code invoice.html} beside this
 * class) in English or German. Every value is escaped; line breaks in addresses become
 * {@code <br/>}. The result is stored and is both the HTML view and the PDF's source.
 */
final class InvoiceTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");
    private static final String SOURCE = load();

    /** One line of the document. */
    record Line(String item, int quantity, Money unit, Money amount) {}

    /** What a document says. */
    record Facts(
            boolean creditNote,
            String number,
            String date,
            String pnr,
            String refersTo,
            IssuerDetails seller,
            String buyer,
            String event,
            String when,
            String venue,
            List<Line> lines,
            Money net,
            Money vat,
            int vatBasisPoints,
            Money total) {}

    private InvoiceTemplate() {}

    static String render(Facts facts, Locale locale) {
        boolean german = "de".equals(locale.getLanguage());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                "title",
                facts.creditNote() ? (german ? "Gutschrift" : "Credit note") : (german ? "Rechnung" : "Invoice"));
        values.put("number", escape(facts.number()));
        values.put("sellerLabel", german ? "Verkäufer" : "Seller");
        values.put(
                "seller",
                lines(facts.seller().name() + "\n" + facts.seller().address()
                        + (facts.seller().vatId() == null
                                ? ""
                                : "\n" + (german ? "USt-IdNr. " : "VAT id ")
                                        + facts.seller().vatId())));
        values.put("buyerLabel", german ? "Käufer" : "Buyer");
        values.put("buyer", lines(facts.buyer()));
        values.put("dateLabel", german ? "Datum" : "Date");
        values.put("date", escape(facts.date()));
        values.put("orderLabel", german ? "Buchungscode" : "Booking code");
        values.put("pnr", escape(facts.pnr()));
        values.put(
                "refersTo",
                facts.refersTo() == null
                        ? ""
                        : "<br/>" + (german ? "Zur Rechnung " : "For invoice ") + escape(facts.refersTo()));
        values.put("event", escape(facts.event()));
        values.put("when", escape(facts.when()));
        values.put("venue", escape(facts.venue()));
        values.put("itemLabel", german ? "Leistung" : "Item");
        values.put("quantityLabel", german ? "Menge" : "Quantity");
        values.put("unitLabel", german ? "Einzelpreis" : "Unit price");
        values.put("amountLabel", german ? "Betrag" : "Amount");
        StringBuilder rows = new StringBuilder();
        for (Line line : facts.lines()) {
            rows.append("<tr><td>")
                    .append(escape(line.item()))
                    .append("</td><td align=\"right\">")
                    .append(line.quantity())
                    .append("</td><td align=\"right\">")
                    .append(line.unit() == null ? "" : escape(money(line.unit(), locale)))
                    .append("</td><td align=\"right\">")
                    .append(escape(money(line.amount(), locale)))
                    .append("</td></tr>\n");
        }
        values.put("lines", rows.toString());
        values.put("netLabel", german ? "Netto" : "Net");
        values.put("net", escape(money(facts.net(), locale)));
        String rate = java.math.BigDecimal.valueOf(facts.vatBasisPoints(), 2)
                .stripTrailingZeros()
                .toPlainString();
        values.put("vatLabel", (german ? "USt. " : "VAT ") + rate + " %");
        values.put("vat", escape(money(facts.vat(), locale)));
        values.put(
                "totalLabel",
                facts.creditNote()
                        ? (german ? "Gutschrift gesamt" : "Total credited")
                        : (german ? "Gesamt (inkl. USt.)" : "Total (VAT included)"));
        values.put("total", escape(money(facts.total(), locale)));
        values.put(
                "note",
                facts.creditNote()
                        ? (german
                                ? "Der Betrag wird auf dem Zahlungsweg der Bestellung erstattet."
                                : "The amount is paid back the way the order was paid.")
                        : (german ? "Bezahlt. Vielen Dank für Ihre Bestellung." : "Paid. Thank you for your order."));
        return fill(values);
    }

    /** The VAT contained in a gross amount at a rate in basis points, rounded half up. */
    static long vatOf(long gross, int basisPoints) {
        return Math.round(gross * (double) basisPoints / (10_000 + basisPoints));
    }

    static String money(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(money.currency()));
        return format.format(money.amount()).replace('\u2212', '-');
    }

    private static String fill(Map<String, String> values) {
        String body = SOURCE.substring(SOURCE.indexOf("-->") + 3).strip();
        Matcher placeholder = PLACEHOLDER.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("The invoice template needs " + placeholder.group(1));
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    private static String lines(String text) {
        return escape(text.strip()).replace("\r", "").replace("\n", "<br/>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String load() {
        try (InputStream in = InvoiceTemplate.class.getResourceAsStream("invoice.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
