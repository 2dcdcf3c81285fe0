package org.marquee.core.marketing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.marquee.core.identity.Role;
import org.marquee.core.media.ImageRef;
import org.marquee.core.media.ImageUpload;
import org.marquee.core.media.Images;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;

/**
 * A post's pictures (its media area): uploaded into our own image store for the editor to insert
 * into the body, which keeps no other pictures ({@link BlogHtml}).
 */
@Stateless
@RolesAllowed(Role.Names.MARKETING)
public class PostPictures {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private BlogPosts posts;

    @EJB
    private Images images;

    @EJB
    private AuditTrail audit;

    /** Checks and stores a picture for the post; a refused file ({@code InvalidImage}) adds nothing. */
    public ImageRef upload(long postId, ImageUpload upload) {
        posts.find(postId);
        ImageRef image = images.store(upload);
        em.persist(new PostPicture(postId, image, clock.instant()));
        audit.record(
                AuditAction.UPDATE,
                "BlogPost",
                postId,
                "picture " + upload.displayName() + " uploaded as image " + image.id());
        return image;
    }

    /** The post's pictures, newest first. */
    public List<ImageRef> of(long postId) {
        return em.createQuery(
                        "select p from PostPicture p where p.postId = :post order by p.addedAt desc, p.id desc",
                        PostPicture.class)
                .setParameter("post", postId)
                .getResultStream()
                .map(PostPicture::image)
                .toList();
    }
}
