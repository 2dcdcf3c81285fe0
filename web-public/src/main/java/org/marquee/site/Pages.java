package org.marquee.site;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What every public page bean does when its subject does not exist: answer 404. */
final class Pages {

    private Pages() {}

    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
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
