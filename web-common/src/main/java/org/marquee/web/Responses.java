package org.marquee.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers that end a Faces request early, and files a servlet gives out. */
public final class Responses {

    private Responses() {}

    /** The page's subject does not exist: the 404 page, and nothing of this view is rendered. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * A file of one person's order or account (an invoice, a ticket PDF, a calendar file): shown in
     * the browser ({@code download} false) or saved under its name, and never kept by a cache on
     * the way.
     */
    public static void file(
            HttpServletResponse response, String fileName, String contentType, byte[] content, boolean download)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader(
                "Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
