package org.marquee.core.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The QR code inside a generated ticket PDF decodes with ZXing's ordinary reader, and its
 * signature verifies with the event's public key alone (as a door device holds it: X.509 bytes).
 * The image is taken out of the PDF as the PDF stores it, not from the code we put in.
 */
class TicketPdfTest {

    @Test
    void theQrOfEachPageDecodesAndVerifiesWithThePublicKeyAlone() throws Exception {
        KeyPair event = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ZonedDateTime start = ZonedDateTime.of(2026, 9, 12, 20, 0, 0, 0, ZoneId.of("Europe/Lisbon"));
        List<PrintedTicket> tickets = List.of(
                new PrintedTicket(
                        501,
                        "Fado Night",
                        start,
                        "Coliseu",
                        "Stalls",
                        "C",
                        14,
                        null,
                        "K7M2Q9X",
                        "Ana Silva",
                        TicketCode.sign(501, 9, event.getPrivate())),
                new PrintedTicket(
                        502,
                        "Fado Night",
                        start,
                        "Coliseu",
                        "Floor",
                        null,
                        null,
                        3,
                        "K7M2Q9X",
                        "Ana Silva",
                        TicketCode.sign(502, 9, event.getPrivate())));
        byte[] pdf = TicketPdf.render(tickets, Locale.ENGLISH);

        PdfReader reader = new PdfReader(pdf);
        assertEquals(2, reader.getNumberOfPages(), "one ticket a page");
        PublicKey doorKey = java.security.KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(event.getPublic().getEncoded()));
        PdfTextExtractor text = new PdfTextExtractor(reader);
        for (int page = 1; page <= 2; page++) {
            String decoded = decodeQr(reader, page);
            TicketCode code = TicketCode.parse(decoded).orElseThrow();
            assertEquals(500 + page, code.ticketId());
            assertEquals(9, code.sessionId());
            assertTrue(code.verifies(doorKey), "signature verifies with the public key alone");
            String words = text.getTextFromPage(page);
            assertTrue(
                    words.contains("Fado Night")
                            && words.contains("Coliseu")
                            && words.contains("K7M2Q9X")
                            && words.contains("Ana Silva")
                            && words.contains("Europe/Lisbon"),
                    words);
        }
        assertTrue(text.getTextFromPage(1).contains("C / 14"), text.getTextFromPage(1));
        assertTrue(text.getTextFromPage(2).contains("Standing, place 3"), text.getTextFromPage(2));
    }

    @Test
    void germanTicketsSayItInGerman() throws Exception {
        KeyPair event = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] pdf = TicketPdf.render(
                List.of(new PrintedTicket(
                        1,
                        "Konzert",
                        ZonedDateTime.now(ZoneId.of("Europe/Berlin")),
                        "Halle",
                        "Parkett",
                        "A",
                        1,
                        null,
                        "ABCDEFG",
                        "Jörg Müller",
                        TicketCode.sign(1, 2, event.getPrivate()))),
                Locale.GERMAN);
        String words = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(words.contains("Buchungscode") && words.contains("Jörg Müller"), words);
    }

    /** The page's image XObject, decoded by OpenPDF to its raw grey pixels, read by ZXing. */
    private static String decodeQr(PdfReader reader, int page) throws Exception {
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        List<String> found = new ArrayList<>();
        for (PdfName name : xobjects.getKeys()) {
            PdfObject object = PdfReader.getPdfObject(xobjects.get(name));
            if (object instanceof PRStream stream && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                int width = stream.getAsNumber(PdfName.WIDTH).intValue();
                int height = stream.getAsNumber(PdfName.HEIGHT).intValue();
                assertEquals(8, stream.getAsNumber(PdfName.BITSPERCOMPONENT).intValue());
                assertEquals(PdfName.DEVICEGRAY, stream.getAsName(PdfName.COLORSPACE));
                byte[] grey = PdfReader.getStreamBytes(stream);
                int[] pixels = new int[width * height];
                for (int i = 0; i < pixels.length; i++) {
                    int level = grey[i] & 0xff;
                    pixels[i] = level << 16 | level << 8 | level;
                }
                BinaryBitmap bitmap =
                        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
                found.add(new QRCodeReader()
                        .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE))
                        .getText());
            }
        }
        assertEquals(1, found.size(), "one QR image on the page");
        return found.get(0);
    }
}
