package org.marquee.core.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Simple posters for the demo catalog, drawn with Java2D: a two-colour gradient from a small
 * palette, a few circles, the title in large letters and a line below it. Drawn 1280 wide: the
 * hero variant is then 1280 wide, as that of an upload of that width would be.
 */
final class DemoPosters {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    private static final Color[][] PALETTE = {
        {new Color(0x1d2433), new Color(0xb4235a)},
        {new Color(0x0f3d3e), new Color(0x3fa796)},
        {new Color(0x2b1b4a), new Color(0xe0777d)},
        {new Color(0x102a43), new Color(0x486581)},
        {new Color(0x4a1c1c), new Color(0xf0a04b)},
        {new Color(0x1b3a2f), new Color(0xa3c45b)},
        {new Color(0x30204f), new Color(0x5e8bde)},
        {new Color(0x3b2f2f), new Color(0xc9a66b)}
    };

    private DemoPosters() {}

    /**
     * Whether this JVM can draw text: a server without any font (a slim container) fails at the
     * first string, and the demo then goes without posters rather than without a catalog.
     */
    static boolean available() {
        try {
            draw("Marquee", "demo", 0);
            return true;
        } catch (RuntimeException | Error noFonts) {
            // Java2D reports a missing font configuration as an Error of its own.
            return false;
        }
    }

    /** A poster for the title, in the colours the number picks (the same number, the same colours). */
    static BufferedImage draw(String title, String line, int number) {
        Color[] colours = PALETTE[Math.floorMod(number, PALETTE.length)];
        BufferedImage poster = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = poster.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, colours[0], WIDTH, HEIGHT, colours[1]));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(255, 255, 255, 36));
            g.setStroke(new BasicStroke(18));
            int shift = Math.floorMod(number * 97, 400);
            g.drawOval(WIDTH - 560 + shift / 4, -220 + shift / 2, 700, 700);
            g.fillOval(-180 + shift, HEIGHT - 260, 420, 420);
            g.setColor(Color.WHITE);
            // A monogram (an artist's initial) fills the poster; a title is set in three rows at most.
            int size = title.length() <= 2 ? 260 : 84;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            int y = 300;
            for (String row : wrap(title, g.getFontMetrics(), WIDTH - 160)) {
                g.drawString(row, 80, y);
                y += size + 12;
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
            g.setColor(new Color(255, 255, 255, 210));
            g.drawString(line, 80, Math.min(y + 30, HEIGHT - 60));
        } finally {
            g.dispose();
        }
        return poster;
    }

    /** The text in rows that fit the width, at most three (the last one cut with an ellipsis). */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String longer = row.isEmpty() ? word : row + " " + word;
            if (metrics.stringWidth(longer) <= width || row.isEmpty()) {
                row.setLength(0);
                row.append(longer);
            } else {
                rows.add(row.toString());
                row.setLength(0);
                row.append(word);
            }
        }
        rows.add(row.toString());
        if (rows.size() > 3) {
            List<String> cut = new ArrayList<>(rows.subList(0, 3));
            cut.set(2, cut.get(2) + "\u2026");
            return cut;
        }
        return rows;
    }
}
