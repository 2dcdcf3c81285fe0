package org.marquee.core.media;

import org.marquee.core.platform.DomainException;

/**
 * An upload that is not an image we keep: too large, not an image, a format we do not take, or
 * dimensions out of bounds. The key names the rule for the field's message; nothing is saved.
 */
public class InvalidImage extends DomainException {

    private InvalidImage(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    static InvalidImage missing() {
        return new InvalidImage("image.missing");
    }

    /** Size in MB with one decimal, and the limit in MB. */
    static InvalidImage tooLarge(long size) {
        return new InvalidImage(
                "image.tooLarge", String.format(java.util.Locale.ROOT, "%.1f", size / 1_048_576.0), ImageCheck.MAX_MB);
    }

    static InvalidImage notAnImage() {
        return new InvalidImage("image.notAnImage");
    }

    static InvalidImage unsupported(String format) {
        return new InvalidImage("image.unsupported", format);
    }

    static InvalidImage unreadable() {
        return new InvalidImage("image.unreadable");
    }

    static InvalidImage tooSmall(int width, int height) {
        return new InvalidImage("image.tooSmall", width, height, ImageCheck.MIN_SIDE);
    }

    static InvalidImage tooBig(int width, int height) {
        return new InvalidImage("image.tooBig", width, height, ImageCheck.MAX_SIDE, ImageCheck.MAX_PIXELS / 1_000_000);
    }

    static InvalidImage tooElongated(int width, int height) {
        return new InvalidImage("image.tooElongated", width, height, ImageCheck.MAX_ASPECT);
    }
}
