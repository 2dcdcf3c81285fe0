package org.marquee.marketing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marquee.core.marketing.PostPictures;
import org.marquee.core.media.ImageCheck;
import org.marquee.core.media.ImageRef;
import org.marquee.core.media.ImageUpload;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The post editor's pictures (its media area): uploads a picture into our own image store without
 * leaving the page (the body being edited stays as typed), and lists the post's pictures, each
 * with a button that inserts it into the body where the cursor is.
 */
@Named("postPictures")
@ViewScoped
public class PostPicturesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PostPictures pictures;

    @Inject
    private PostEdit postEdit;

    /** Read once per request; image references are cheap to read again. */
    private transient List<ImageRef> list;

    public List<ImageRef> getList() {
        if (list == null) {
            list = postEdit.getId() == null ? List.of() : pictures.of(postEdit.getId());
        }
        return list;
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (postEdit.getId() == null || file == null || file.getSize() == 0) {
            Messages.error("pictures:upload", "image.missing");
            return;
        }
        try {
            pictures.upload(
                    postEdit.getId(), new ImageUpload(file.getFileName(), file.getContentType(), file.getContent()));
            list = null;
            Messages.info("marketing.pictures.uploaded", file.getFileName());
        } catch (DomainException refusal) {
            Messages.error("pictures:upload", refusal);
        }
    }

    /** The site's origin, which the editor's own pictures carry while edited (see PictureAddresses). */
    public String getOrigin() {
        return postEdit.origin();
    }

    public int getMaxMegabytes() {
        return ImageCheck.MAX_MB;
    }
}
