package org.marquee.core.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real image files made in memory, for the checks and the rendering to work on. */
final class Pictures {

    private Pictures() {}

    static BufferedImage filled(int width, int height, Color colour) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return picture;
    }

    static byte[] encoded(BufferedImage picture, String format) {
        BufferedImage written = picture;
        if (!format.equals("png")) {
            // JPEG, GIF and BMP writers want pixels without alpha.
            written = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = written.createGraphics();
            g.drawImage(picture, 0, 0, null);
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(written, format, bytes)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] png(int width, int height) {
        return encoded(filled(width, height, new Color(40, 120, 200)), "png");
    }

    static BufferedImage decoded(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImageUpload upload(byte[] content) {
        return new ImageUpload("picture", "image/png", content);
    }
}
