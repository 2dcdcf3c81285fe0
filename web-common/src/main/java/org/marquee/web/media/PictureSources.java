package org.marquee.web.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.marquee.core.media.ImageRef;
import org.marquee.core.media.ImageVariant;

/**
 * The WebP {@code <source>} and the {@code <img>} of a {@code <picture>} ({@code picture.xhtml}),
 * written here because Facelets closes an element it does not know as void with an end tag
 * ({@code </source>} is not HTML) and drops an attribute whose value is empty, and a decorative
 * picture needs {@code alt=""} to be valid HTML (a {@code role} instead is not). The source is
 * empty when the server writes no WebP.
 */
@Named("pictureSources")
@ApplicationScoped
public class PictureSources {

    public String webp(ImageRef image, String use, String sizes) {
        String srcset = image == null ? null : image.srcset(use, "webp");
        if (srcset == null) {
            return "";
        }
        return "<source type=\"image/webp\" srcset=\"" + attribute(srcset) + "\" sizes=\"" + attribute(sizes) + "\">";
    }

    /**
     * The picture's {@code <img>} in the size its box needs (srcset of JPEG variants): {@code use}
     * is {@code card} (a list's card; {@code sizes} its widths, loaded lazily unless {@code eager},
     * the first above the fold) or {@code hero} (the page's own picture, at once); {@code alt}
     * empty for a picture beside its name.
     */
    public String img(ImageRef image, String use, String sizes, String alt, boolean eager) {
        ImageVariant variant = "hero".equals(use) ? ImageVariant.HERO : ImageVariant.CARD;
        boolean first = variant == ImageVariant.HERO || eager;
        return "<img class=\"mq-picture mq-picture-" + use + "\" src=\"" + attribute(image.src(variant))
                + "\" srcset=\"" + attribute(image.srcset(use, "jpg")) + "\" sizes=\"" + attribute(sizes)
                + "\" width=\"" + image.width(variant) + "\" height=\"" + image.height(variant)
                + "\" alt=\"" + attribute(alt) + "\""
                + (variant == ImageVariant.HERO ? "" : " loading=\"" + (first ? "eager" : "lazy") + "\"")
                + (first ? " fetchpriority=\"high\"" : "")
                + (variant == ImageVariant.HERO ? "" : " decoding=\"async\"") + ">";
    }

    private static String attribute(String value) {
        return value == null
                ? ""
                : value.replace("&", "&amp;")
                        .replace("\"", "&quot;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;");
    }
}
