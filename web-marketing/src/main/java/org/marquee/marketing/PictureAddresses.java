package org.marquee.marketing;

/**
 * A post's own pictures are stored with the image store's path ({@code /images/<id>/card.jpg},
 * BlogHtml keeps no other), but the editor holds them with the site's origin in front:
 * PrimeFaces' sanitiser, which sees what the editor submits first, keeps only pictures whose
 * address starts with a scheme, and would drop a path without a word. These two turn one into
 * the other for the site's own origin ({@code SiteSecurity.origin}) only.
 */
final class PictureAddresses {

    private static final String OWN = "src=\"/images/";

    private PictureAddresses() {}

    /** The stored body as the editor holds it: own pictures with the site's origin. */
    static String forEditor(String body, String origin) {
        return body == null ? null : body.replace(OWN, "src=\"" + origin + "/images/");
    }

    /** The submitted body as it is stored: own pictures by path; any other address stays (and BlogHtml drops it). */
    static String forStorage(String body, String origin) {
        return body == null ? null : body.replace("src=\"" + origin + "/images/", OWN);
    }
}
