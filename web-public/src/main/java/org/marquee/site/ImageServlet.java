package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marquee.core.media.ImageFile;
import org.marquee.core.media.ImageStore;
import org.marquee.core.media.Images;

/**
 * Serves the files of images at {@code /images/<id>/<size>.jpg} and {@code .webp} for every panel. An image
 * never changes (a new upload is a new id), so browsers and proxies may keep a variant for a
 * year without asking again; the ETag answers those that ask anyway. Anything else is a 404.
 */
@WebServlet("/images/*")
public class ImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/([a-z]+\\.(?:jpg|webp))");

    /** One missing file made at a time (see {@link #madeOnce}); a request waits 30 s at most. */
    private static final Semaphore MAKING = new Semaphore(1);

    private static final long MAKING_WAIT_SECONDS = 30;

    @EJB
    private Images images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        Optional<ImageFile> file = path.matches() ? ImageFile.byFileName(path.group(2)) : Optional.empty();
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(1));
        Optional<ImageStore.StoredVariant> stored = images.read(id, file.get());
        if (stored.isEmpty()) {
            stored = madeOnce(id, file.get());
        }
        if (stored.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream content = stored.get().content()) {
            String etag = "\"" + id + "-" + file.get().fileName() + "\"";
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            response.setHeader("ETag", etag);
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (matches(request.getHeader("If-None-Match"), etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(file.get().format().contentType());
            response.setContentLengthLong(stored.get().size());
            content.transferTo(response.getOutputStream());
        }
    }

    /**
     * A file an old image lacks, made one request at a time on this server: after an upgrade every
     * old image lacks files and image ids are guessable, so a crowd of first requests must not
     * decode heroes on every request thread at once. A request that waited finds the file made.
     */
    private Optional<ImageStore.StoredVariant> madeOnce(long id, ImageFile file) {
        try {
            if (!MAKING.tryAcquire(MAKING_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return images.make(id, file);
        } finally {
            MAKING.release();
        }
    }

    /** Whether an If-None-Match header names this ETag (or is "*"), weak or strong. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
