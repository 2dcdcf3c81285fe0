package org.marquee.core.checkin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * One ticket as an Apple Wallet pass (.pkpass): a ZIP of pass.json (an event ticket with the
 * ticket's QR code as its barcode), the icons, manifest.json (the SHA-1 of every other file) and
 * signature (the detached PKCS#7 signature of the manifest, {@link PassSigner}).
 */
public final class WalletPass {

    public static final String CONTENT_TYPE = "application/vnd.apple.pkpass";

    private WalletPass() {}

    public static byte[] build(PrintedTicket ticket, PassSigner signer) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("pass.json", passJson(ticket, signer).getBytes(StandardCharsets.UTF_8));
        files.put("icon.png", icon(29));
        files.put("icon@2x.png", icon(58));
        byte[] manifest = manifest(files);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
            put(zip, "manifest.json", manifest);
            put(zip, "signature", signer.sign(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String passJson(PrintedTicket t, PassSigner signer) {
        String seat = t.standing() ? "Standing, place " + t.place() : "Row " + t.row() + ", seat " + t.seat();
        JsonObjectBuilder eventTicket = Json.createObjectBuilder()
                .add("primaryFields", fields(Map.of("event", t.eventTitle()), "Event"))
                .add(
                        "secondaryFields",
                        Json.createArrayBuilder()
                                .add(field("section", "Section", t.section()))
                                .add(field("seat", "Seat", seat)))
                .add(
                        "auxiliaryFields",
                        Json.createArrayBuilder()
                                .add(field(
                                        "starts",
                                        "Starts",
                                        DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
                                                .format(t.startsAt())))
                                .add(field("venue", "Venue", t.venueName())))
                .add(
                        "backFields",
                        Json.createArrayBuilder()
                                .add(field("pnr", "Booking code", t.pnr()))
                                .add(field("holder", "Name", t.holder() == null ? "" : t.holder()))
                                .add(field("ticket", "Ticket", "#" + t.ticketId())));
        return Json.createObjectBuilder()
                .add("formatVersion", 1)
                .add("passTypeIdentifier", signer.passTypeId())
                .add("teamIdentifier", signer.teamId())
                .add("serialNumber", "ticket-" + t.ticketId())
                .add("organizationName", "Marquee")
                .add("description", "Ticket for " + t.eventTitle())
                .add("relevantDate", t.startsAt().toOffsetDateTime().toString())
                .add(
                        "barcodes",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("format", "PKBarcodeFormatQR")
                                        .add("message", t.code())
                                        .add("messageEncoding", "iso-8859-1")))
                .add("eventTicket", eventTicket)
                .build()
                .toString();
    }

    private static JsonArrayBuilder fields(Map<String, String> values, String label) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach((key, value) -> array.add(field(key, label, value)));
        return array;
    }

    private static JsonObjectBuilder field(String key, String label, String value) {
        return Json.createObjectBuilder().add("key", key).add("label", label).add("value", value);
    }

    static byte[] manifest(Map<String, byte[]> files) {
        JsonObjectBuilder manifest = Json.createObjectBuilder();
        files.forEach((name, content) -> manifest.add(name, sha1(content)));
        return manifest.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha1(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] icon(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8b, 0x1e, 0x3f));
        g.fillRect(0, 0, size, size);
        g.setColor(Color.WHITE);
        g.fillRect(size / 4, size / 4, size / 2, size / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
