package org.marquee.systemtest;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A video file that Chromium plays as its camera ({@code --use-file-for-fake-video-capture}): a
 * ticket's QR code, black on white, in the middle of a 640x480 Y4M picture (YUV 4:2:0, grey:
 * chroma 128), as a phone would see a ticket held up to it.
 */
final class FakeCamera {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private FakeCamera() {}

    /** Writes the video and returns the Chromium arguments that make it the camera. */
    static List<String> showing(String text, Path file) throws Exception {
        BitMatrix qr = new QRCodeWriter()
                .encode(
                        text,
                        BarcodeFormat.QR_CODE,
                        0,
                        0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        int scale = Math.min(WIDTH, HEIGHT) * 3 / 4 / qr.getWidth();
        int left = (WIDTH - qr.getWidth() * scale) / 2;
        int top = (HEIGHT - qr.getHeight() * scale) / 2;
        byte[] luma = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int mx = (x - left) / scale;
                int my = (y - top) / scale;
                boolean dark = x >= left && y >= top && mx < qr.getWidth() && my < qr.getHeight() && qr.get(mx, my);
                luma[y * WIDTH + x] = (byte) (dark ? 16 : 235);
            }
        }
        byte[] chroma = new byte[WIDTH * HEIGHT / 4];
        java.util.Arrays.fill(chroma, (byte) 128);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < 10; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the fake camera's video " + file, e);
        }
        return List.of(
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + file.toAbsolutePath());
    }
}
