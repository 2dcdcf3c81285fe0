package org.marquee.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.media.ImageCheck;
import org.marquee.core.media.ImageOwner;
import org.marquee.core.media.ImageRef;
import org.marquee.core.media.ImageUpload;
import org.marquee.core.media.Images;
import org.marquee.core.platform.DomainException;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs the image component ({@code <mq:imageUpload>}, one per page): shows the owner's picture,
 * uploads a new one in its place or removes it. Request-scoped: the file and the action come in
 * the same (multipart, non-Ajax) request, and success redirects to the page afresh.
 */
@Named("imageUpload")
@RequestScoped
public class ImageUploadForm {

    /** Undertow's max-post-size (10 MiB by default) less room for the rest of the form. */
    static final long SEND_LIMIT = 10L * 1024 * 1024 - 64 * 1024;

    @EJB
    private Images images;

    private UploadedFile file;
    private UIComponent input;
    private final Map<String, Optional<ImageRef>> current = new HashMap<>();

    /** The owner's picture, or null (also for an owner not saved yet); read once per request. */
    public ImageRef current(String owner, Long ownerId) {
        if (ownerId == null) {
            return null;
        }
        return current.computeIfAbsent(owner + ownerId, key -> images.of(new ImageOwner(owner), ownerId))
                .orElse(null);
    }

    public String upload(String owner, Long ownerId) {
        String field = input.getClientId();
        if (file == null || file.getSize() == 0) {
            Messages.error(field, "image.missing");
            return null;
        }
        try {
            images.attach(
                    new ImageOwner(owner),
                    ownerId,
                    new ImageUpload(file.getFileName(), file.getContentType(), file.getContent()));
        } catch (DomainException refusal) {
            Messages.error(field, refusal);
            return null;
        }
        Messages.flashInfo("image.saved");
        return samePage();
    }

    public String remove(String owner, Long ownerId) {
        try {
            images.remove(new ImageOwner(owner), ownerId);
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
        Messages.flashInfo("image.removed");
        return samePage();
    }

    private static String samePage() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    /** The file size the page refuses before sending: the server's request body limit, less room for the form. */
    public long getSendLimit() {
        return SEND_LIMIT;
    }

    public int getMaxMegabytes() {
        return ImageCheck.MAX_MB;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** The file field, so a refusal is shown beside it. */
    public UIComponent getInput() {
        return input;
    }

    public void setInput(UIComponent input) {
        this.input = input;
    }
}
