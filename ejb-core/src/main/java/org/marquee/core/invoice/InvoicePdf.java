package org.marquee.core.invoice;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.html.simpleparser.HTMLWorker;
import com.lowagie.text.html.simpleparser.StyleSheet;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The PDF of a stored document: its HTML (the one template's output) laid out by OpenPDF's
 * HTMLWorker on A4. Made on demand and never stored: the HTML is the record.
 */
final class InvoicePdf {

    private InvoicePdf() {}

    static byte[] of(Invoice invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(invoice.number());
            document.addCreator("Marquee");
            document.open();
            List<Element> elements = HTMLWorker.parseToList(new StringReader(invoice.facts()), new StyleSheet());
            for (Element element : elements) {
                document.add(element);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Invoice " + invoice.number() + " could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
