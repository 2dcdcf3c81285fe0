package org.marquee.core.checkin;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes as module matrices (ZXing), and as the drawings the PDF and the pages need. */
public final class QrCodes {

    private QrCodes() {}

    /**
     * The code's modules with the quiet zone (4 modules) around them, level M (15 % may be
     * damaged or dirty: a creased ticket, a cracked phone screen still scan).
     */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        }
    }

    /**
     * An 8-bit grey image of the code, {@code scale} pixels a module, one byte a pixel: 0 black,
     * 255 white. (OpenPDF stores a 1-bit image as CCITT fax, which many readers cannot decode;
     * 8-bit grey is stored with Flate, lossless, and compresses as well for two colours.)
     */
    static byte[] gray(BitMatrix matrix, int scale) {
        int width = matrix.getWidth() * scale;
        int height = matrix.getHeight() * scale;
        byte[] data = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                data[y * width + x] = matrix.get(x / scale, y / scale) ? 0 : (byte) 0xff;
            }
        }
        return data;
    }

    /** The code as an SVG drawing (one path, one unit a module), for a page to show inline. */
    public static String svg(String text) {
        BitMatrix matrix = matrix(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\""
                + " height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
