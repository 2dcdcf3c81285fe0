package org.marquee.core.media;

import java.util.Locale;
import java.util.Optional;

/** One file of an image: a size in a format, named {@code card.jpg}, {@code large.webp}. */
public record ImageFile(ImageVariant variant, ImageFormat format) {

    public static ImageFile jpeg(ImageVariant variant) {
        return new ImageFile(variant, ImageFormat.JPEG);
    }

    public String fileName() {
        return variant.name().toLowerCase(Locale.ROOT) + "." + format.extension();
    }

    /** The file a name such as {@code hero.jpg} stands for, if it names one. */
    public static Optional<ImageFile> byFileName(String fileName) {
        for (ImageVariant variant : ImageVariant.values()) {
            for (ImageFormat format : ImageFormat.values()) {
                ImageFile file = new ImageFile(variant, format);
                if (file.fileName().equals(fileName)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }
}
