package org.marquee.web.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.marquee.core.media.ImageRef;

/**
 * The WebP {@code <source>} of a {@code <picture>} ({@code picture.xhtml}), written here because
 * Facelets closes an element it does not know as void with an end tag, and {@code </source>} is
 * not HTML. Empty when the server writes no WebP.
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

    private static String attribute(String value) {
        return value == null
                ? ""
                : value.replace("&", "&amp;")
                        .replace("\"", "&quot;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;");
    }
}
