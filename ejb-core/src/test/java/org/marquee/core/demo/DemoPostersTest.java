package org.marquee.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.core.media.ImageCheck;
import org.marquee.core.media.ImageRendering;
import org.marquee.core.media.ImageVariant;

class DemoPostersTest {

    @Test
    void aPosterIsAPictureTheImageRulesTake() {
        assertTrue(DemoPosters.available());
        BufferedImage poster = DemoPosters.draw("The Velvet Owls: World Tour", "Concerts", 3);

        assertEquals(DemoPosters.WIDTH, poster.getWidth());
        assertEquals(DemoPosters.HEIGHT, poster.getHeight());
        assertEquals(
                ImageVariant.values().length * 2,
                ImageRendering.variants(ImageCheck.drawn(poster)).size(),
                "JPEG and WebP");
    }

    @Test
    void theNumberPicksTheColours() {
        int corner0 = DemoPosters.draw("A", "b", 0).getRGB(2, 2);

        assertEquals(corner0, DemoPosters.draw("Other", "c", 8).getRGB(2, 2), "the palette repeats");
        assertNotEquals(corner0, DemoPosters.draw("A", "b", 1).getRGB(2, 2));
    }

    @Test
    void longTitlesWrapIntoAtMostThreeRows() {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
                .createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, 84));

        List<String> rows = DemoPosters.wrap("word ".repeat(60).strip(), metrics, 1120);

        assertEquals(3, rows.size());
        assertTrue(rows.get(2).endsWith("\u2026"));
        rows.subList(0, 2).forEach(row -> assertTrue(metrics.stringWidth(row) <= 1120, row));
        assertEquals(List.of("Short"), DemoPosters.wrap("Short", metrics, 1120));
    }
}
