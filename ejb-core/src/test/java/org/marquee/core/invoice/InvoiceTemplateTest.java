package org.marquee.core.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;

/** The one template, as HTML and as the PDF made from it (text read back with OpenPDF). */
class InvoiceTemplateTest {

    private static InvoiceTemplate.Facts facts(boolean creditNote) {
        Money total = Money.ofMinor(creditNote ? -4000 : 8450, "EUR");
        long vat = Long.signum(total.minor()) * InvoiceTemplate.vatOf(Math.abs(total.minor()), 1900);
        return new InvoiceTemplate.Facts(
                creditNote,
                "2026-000123",
                "6 December 2026",
                "K7X9QP",
                creditNote ? "2026-000122" : null,
                new IssuerDetails("Marquee Ticketing", "Example Street 1\n10115 Berlin", "DE123456789"),
                "Ana <Silva>\nRua Augusta 1\n1100-048 Lisbon",
                "Hamlet",
                "Sat 19 Dec 2026, 20:00 CET",
                "Volksbühne",
                creditNote
                        ? List.of(new InvoiceTemplate.Line("Refund of 1 ticket(s)", 1, total, total))
                        : List.of(
                                new InvoiceTemplate.Line(
                                        "Ticket, Stalls", 2, Money.ofMinor(4000, "EUR"), Money.ofMinor(8000, "EUR")),
                                new InvoiceTemplate.Line(
                                        "Service fee", 1, Money.ofMinor(450, "EUR"), Money.ofMinor(450, "EUR"))),
                Money.ofMinor(total.minor() - vat, "EUR"),
                Money.ofMinor(vat, "EUR"),
                1900,
                total);
    }

    @Test
    void vatIsContainedInThePrice() {
        assertEquals(1349, InvoiceTemplate.vatOf(8450, 1900));
        assertEquals(0, InvoiceTemplate.vatOf(8450, 0));
        assertEquals(639, InvoiceTemplate.vatOf(4000, 1900));
    }

    @Test
    void theHtmlEscapesWhatPeopleTyped() {
        String html = InvoiceTemplate.render(facts(false), Locale.ENGLISH);
        assertTrue(html.contains("Invoice 2026-000123"), html);
        assertTrue(html.contains("Ana &lt;Silva&gt;<br/>Rua Augusta 1"), html);
        assertFalse(html.contains("{{"), html);
    }

    @Test
    void thePdfSaysWhatTheInvoiceSays() throws Exception {
        Invoice invoice = new Invoice(
                InvoiceKind.INVOICE,
                new InvoiceNumber("MARQUEE", 2026, 123),
                1L,
                null,
                null,
                1900,
                Instant.parse("2026-12-06T10:00:00Z"),
                Money.ofMinor(8450, "EUR"),
                InvoiceTemplate.render(facts(false), Locale.GERMAN));
        byte[] pdf = Invoices.file(invoice, Invoices.Format.PDF).content();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        for (String expected : List.of(
                "Rechnung 2026-000123",
                "Marquee Ticketing",
                "USt-IdNr. DE123456789",
                "Ana <Silva>",
                "Volksbühne",
                "Ticket, Stalls",
                "80,00",
                "Service fee",
                "USt. 19 %",
                "13,49",
                "84,50",
                "K7X9QP")) {
            assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
        }
        assertEquals("invoice-2026-000123.pdf", invoice.fileName());
    }

    @Test
    void aCreditNoteNamesItsInvoice() throws Exception {
        String html = InvoiceTemplate.render(facts(true), Locale.ENGLISH);
        assertTrue(html.contains("Credit note 2026-000123"), html);
        assertTrue(html.contains("For invoice 2026-000122"), html);
        assertTrue(html.contains("-€40.00"), html);
    }
}
