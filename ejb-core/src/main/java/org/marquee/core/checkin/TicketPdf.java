package org.marquee.core.checkin;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The tickets of an order as a PDF (OpenPDF), one ticket a page: event, time in the venue's zone,
 * venue, section with row and seat or "standing", booking code, the buyer's name and the QR code
 * as a lossless grey image (4 pixels a module), so any QR reader decodes it from the page.
 * English or German, by the order's language.
 */
public final class TicketPdf {

    private static final int PIXELS_PER_MODULE = 4;
    private static final Font TITLE = new Font(Font.HELVETICA, 22, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.NORMAL, new java.awt.Color(0x55, 0x55, 0x55));
    private static final Font VALUE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new java.awt.Color(0x77, 0x77, 0x77));

    private TicketPdf() {}

    public static byte[] render(List<PrintedTicket> tickets, Locale locale) {
        boolean german = "de".equals(locale.getLanguage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(german ? "Tickets" : "Tickets");
            document.addCreator("Marquee");
            document.open();
            for (int i = 0; i < tickets.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page(document, tickets.get(i), german, locale);
            }
            if (tickets.isEmpty()) {
                document.add(new Paragraph(german ? "Keine Tickets." : "No tickets.", VALUE));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot make the ticket PDF", e);
        }
        return out.toByteArray();
    }

    private static void page(Document document, PrintedTicket t, boolean german, Locale locale)
            throws DocumentException {
        document.add(new Paragraph(t.eventTitle(), TITLE));
        document.add(new Paragraph(" "));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale);
        PdfPTable facts = new PdfPTable(2);
        facts.setWidthPercentage(100);
        fact(
                facts,
                german ? "Beginn" : "Starts",
                when.format(t.startsAt()) + " (" + t.startsAt().getZone().getId() + ")");
        fact(facts, german ? "Ort" : "Venue", t.venueName());
        fact(facts, german ? "Bereich" : "Section", t.section());
        if (t.standing()) {
            fact(facts, german ? "Platz" : "Place", (german ? "Stehplatz " : "Standing, place ") + t.place());
        } else {
            fact(facts, german ? "Reihe / Platz" : "Row / seat", t.row() + " / " + t.seat());
        }
        fact(facts, german ? "Buchungscode" : "Booking code", t.pnr());
        fact(facts, german ? "Name" : "Name", t.holder() == null ? "" : t.holder());
        document.add(facts);
        document.add(new Paragraph(" "));
        BitMatrix matrix = QrCodes.matrix(t.code());
        int side = matrix.getWidth() * PIXELS_PER_MODULE;
        Image qr = Image.getInstance(
                side, matrix.getHeight() * PIXELS_PER_MODULE, 1, 8, QrCodes.gray(matrix, PIXELS_PER_MODULE));
        qr.scaleAbsolute(220, 220);
        qr.setAlignment(Element.ALIGN_CENTER);
        document.add(qr);
        Paragraph note = new Paragraph(
                german
                        ? "Zeigen Sie diesen Code am Eingang vor. Er gilt einmal."
                        : "Show this code at the door. It admits once.",
                SMALL);
        note.setAlignment(Element.ALIGN_CENTER);
        document.add(note);
        Paragraph id = new Paragraph(new Chunk("#" + t.ticketId(), SMALL));
        id.setAlignment(Element.ALIGN_CENTER);
        document.add(id);
    }

    private static void fact(PdfPTable table, String label, String value) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(0);
        cell.setPaddingBottom(10);
        cell.addElement(new Paragraph(label, LABEL));
        cell.addElement(new Paragraph(value, VALUE));
        table.addCell(cell);
    }
}
