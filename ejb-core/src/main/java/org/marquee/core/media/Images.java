package org.marquee.core.media;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;

/**
 * Pictures of artists, events and venues: an upload is checked, resized and stored, then shown
 * by its owner in place of the previous picture; or the picture is removed. A picture may be
 * shown by several owners ({@link #show}); it is deleted when none shows it any more.
 *
 * <p>Files follow the transaction: a new image's files are written before the commit (so a failed
 * write fails the change) and deleted again if the transaction rolls back; a replaced or removed
 * image's files are deleted only after the commit, so a change that rolls back keeps showing its
 * old picture. Two changes that let go of one shared picture at the same time may each see the
 * other still showing it, and leave it behind: an unreferenced row and its files, never a
 * missing one. Refused uploads ({@link InvalidImage}) are refused before anything is written.
 */
@Stateless
@PermitAll // reads are public; each change names its role below
public class Images {

    // Media sits below identity and names the roles as text: admins (artists, venues, events) and
    // marketing editors (blog covers) attach pictures.
    private static final String ADMIN = "ADMIN";
    private static final String MARKETING = "MARKETING";

    private static final Logger LOG = Logger.getLogger(Images.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ImageStore store;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @EJB
    private AuditTrail audit;

    /** Checks the upload and shows it as the owner's picture, replacing the one it had. */
    @RolesAllowed({ADMIN, MARKETING})
    public ImageRef attach(ImageOwner owner, long ownerId, ImageUpload upload) {
        CheckedImage checked = ImageCheck.check(upload);
        return attach(owner, ownerId, checked, upload.displayName());
    }

    /**
     * Checks and stores an upload that no owner shows as its picture: a picture an HTML body
     * refers to by its address (a blog post's pictures). Refused uploads write nothing.
     */
    public ImageRef store(ImageUpload upload) {
        CheckedImage checked = ImageCheck.check(upload);
        return save(checked).ref();
    }

    /** Shows a picture the application drew (the demo's posters), through the same steps. */
    @RolesAllowed({ADMIN, MARKETING})
    public ImageRef attachDrawn(ImageOwner owner, long ownerId, BufferedImage picture, String label) {
        return attach(owner, ownerId, ImageCheck.drawn(picture), label);
    }

    /** Shows a stored picture for another owner too, in place of the one it had. */
    @RolesAllowed({ADMIN, MARKETING})
    public ImageRef show(ImageOwner owner, long ownerId, long imageId) {
        Illustrated target = find(owner, ownerId);
        Image image =
                Optional.ofNullable(em.find(Image.class, imageId)).orElseThrow(() -> new NotFound("Image", imageId));
        Image previous = target.image();
        if (previous != null && previous.id().equals(image.id())) {
            return image.ref();
        }
        target.showImage(image);
        release(previous);
        audit.record(AuditAction.UPDATE, owner.entity(), ownerId, "image " + imageId + " shown");
        return image.ref();
    }

    /** Takes the owner's picture away; nothing happens if it has none. */
    @RolesAllowed({ADMIN, MARKETING})
    public void remove(ImageOwner owner, long ownerId) {
        Illustrated target = find(owner, ownerId);
        Image previous = target.image();
        if (previous == null) {
            return;
        }
        target.showImage(null);
        release(previous);
        audit.record(AuditAction.UPDATE, owner.entity(), ownerId, "image removed");
    }

    /** The owner's picture, if it has one. */
    public Optional<ImageRef> of(ImageOwner owner, long ownerId) {
        return Optional.ofNullable(find(owner, ownerId).image()).map(Image::ref);
    }

    /**
     * Lets go of an image an owner no longer shows (or that goes with a deleted owner): if no other
     * owner shows it, the row is deleted now and the files once the transaction has committed.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed({ADMIN, MARKETING})
    public void release(Image image) {
        if (image == null || shownAnywhere(image)) {
            return;
        }
        long id = image.id();
        em.remove(em.contains(image) ? image : em.find(Image.class, id));
        afterCommit(id);
    }

    /** One file's bytes, for the image servlet. Reads no database: the address is the id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<ImageStore.StoredVariant> read(long imageId, ImageFile file) {
        try {
            return store.read(imageId, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read image " + imageId, e);
        }
    }

    /**
     * A file the image lacks because it was stored before that size or format existed, made from
     * its hero and kept, so old images get every file new ones have; empty when there is no such
     * image (or the format cannot be written here). A file already there is returned as it is.
     * The image servlet calls this one request at a time.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<ImageStore.StoredVariant> make(long imageId, ImageFile file) {
        ImageFile hero = ImageFile.jpeg(ImageVariant.HERO);
        try {
            Optional<ImageStore.StoredVariant> made = store.read(imageId, file);
            if (made.isPresent() || file.equals(hero) || !file.format().available()) {
                return made;
            }
            Optional<ImageStore.StoredVariant> source = store.read(imageId, hero);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream content = source.get().content()) {
                bytes = ImageRendering.derived(content.readAllBytes(), file);
            }
            return store.add(imageId, file, bytes) ? store.read(imageId, file) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + file.fileName() + " of image " + imageId, e);
        }
    }

    private Image save(CheckedImage checked) {
        Map<ImageFile, byte[]> variants = ImageRendering.variants(checked);
        Image image = new Image(
                checked.contentType(), checked.originalSize(), checked.width(), checked.height(), clock.instant());
        em.persist(image); // the sequence gives the id now, before any insert
        afterRollback(image.id());
        try {
            store.save(image.id(), variants);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store image " + image.id(), e);
        }
        return image;
    }

    private ImageRef attach(ImageOwner owner, long ownerId, CheckedImage checked, String label) {
        Illustrated target = find(owner, ownerId);
        Image image = save(checked);
        Image previous = target.image();
        target.showImage(image);
        release(previous);
        audit.record(
                AuditAction.UPDATE,
                owner.entity(),
                ownerId,
                "image " + label + " (" + checked.width() + "\u00d7" + checked.height() + ")");
        return image.ref();
    }

    /** Whether any owner shows the image; the queries see this transaction's changes (auto flush). */
    private boolean shownAnywhere(Image image) {
        for (EntityType<?> owner : owners()) {
            String entity = owner.getName();
            long showing = em.createQuery("select count(o) from " + entity + " o where o.image = :image", Long.class)
                    .setParameter("image", image)
                    .getSingleResult();
            if (showing > 0) {
                return true;
            }
        }
        return false;
    }

    /** The entities that show pictures: every {@link Illustrated} one of the persistence unit. */
    private List<EntityType<?>> owners() {
        return em.getMetamodel().getEntities().stream()
                .filter(type -> Illustrated.class.isAssignableFrom(type.getJavaType()))
                .toList();
    }

    private Illustrated find(ImageOwner owner, long ownerId) {
        Class<? extends Illustrated> type = owners().stream()
                .filter(entity -> entity.getName().equals(owner.entity()))
                .findFirst()
                .map(entity -> entity.getJavaType().asSubclass(Illustrated.class))
                .orElseThrow(() -> new InvalidInput("No kind of record named " + owner.entity() + " shows a picture"));
        Illustrated target = em.find(type, ownerId);
        if (target == null) {
            throw new NotFound(owner.entity(), ownerId);
        }
        return target;
    }

    private void afterRollback(long imageId) {
        transaction.registerInterposedSynchronization(new FileCleanup(store, imageId, false));
    }

    private void afterCommit(long imageId) {
        transaction.registerInterposedSynchronization(new FileCleanup(store, imageId, true));
    }

    /** Deletes an image's files once the transaction's outcome is known, if it is the right one. */
    private static final class FileCleanup implements Synchronization {

        private final ImageStore store;
        private final long imageId;
        private final boolean whenCommitted;

        FileCleanup(ImageStore store, long imageId, boolean whenCommitted) {
            this.store = store;
            this.imageId = imageId;
            this.whenCommitted = whenCommitted;
        }

        @Override
        public void beforeCompletion() {
            // Nothing: files change only once the outcome is known.
        }

        @Override
        public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) != whenCommitted) {
                return;
            }
            try {
                store.delete(imageId);
            } catch (IOException | RuntimeException e) {
                // The database is right either way; files left behind are unreachable garbage.
                LOG.log(Level.WARNING, "Could not delete the files of image " + imageId, e);
            }
        }
    }
}
