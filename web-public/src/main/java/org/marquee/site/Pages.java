package org.marquee.site;

import org.marquee.web.Responses;

/** What every public page bean does when its subject does not exist: answer 404. */
final class Pages {

    private Pages() {}

    static void notFound() {
        Responses.notFound();
    }

    /** A page number from a request parameter: 1 for anything that is not a positive number. */
    static int pageNumber(String value) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(value), 10_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
