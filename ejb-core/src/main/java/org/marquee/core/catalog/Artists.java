package org.marquee.core.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marquee.core.identity.Role;
import org.marquee.core.media.Image;
import org.marquee.core.media.Images;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InUse;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;
import org.marquee.core.platform.Slugs;

/** Artists: adding, describing, finding, and deleting those no event features. */
@Stateless
@PermitAll // reads are public; each change names its role below
public class Artists {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private Images images;

    @RolesAllowed(Role.Names.ADMIN)
    public ArtistDetails add(String name, String requestedSlug, String bio) {
        String slug = Slugs.choose(requestedSlug, name, taken -> bySlug(taken).isPresent());
        Artist artist = InvalidInput.check(() -> new Artist(name, slug, bio, clock.instant()));
        em.persist(artist);
        em.flush();
        audit.record(AuditAction.CREATE, "Artist", artist.id(), artist.name());
        return ArtistDetails.of(artist);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void describe(long id, String name, String bio) {
        Artist artist = find(id);
        InvalidInput.check(() -> artist.describe(name, bio));
        audit.record(AuditAction.UPDATE, "Artist", id, artist.name());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void delete(long id) {
        Artist artist = find(id);
        long events = em.createQuery("select count(e) from Event e join e.artists a where a = :a", Long.class)
                .setParameter("a", artist)
                .getSingleResult();
        if (events > 0) {
            throw new InUse(artist.name(), events + " events");
        }
        Image image = artist.image();
        em.remove(artist);
        images.release(image);
        audit.record(AuditAction.DELETE, "Artist", id, artist.name());
    }

    public Artist find(long id) {
        return Optional.ofNullable(em.find(Artist.class, id)).orElseThrow(() -> new NotFound("Artist", id));
    }

    /** The artist as the admin form edits them. */
    public ArtistDetails details(long id) {
        return ArtistDetails.of(find(id));
    }

    public Optional<Artist> bySlug(String slug) {
        return em.createQuery("select a from Artist a where a.slug = :slug", Artist.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public List<Artist> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Artist> found = em.createQuery("select a from Artist a where a.id in :ids", Artist.class)
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != ids.stream().distinct().count()) {
            throw new NotFound("Artist", ids);
        }
        return ids.stream()
                .distinct()
                .map(id -> found.stream()
                        .filter(a -> a.id().equals(id))
                        .findFirst()
                        .orElseThrow())
                .toList();
    }

    /** A page of artists for the admin panel: filter and sort by name or slug, sort by creation too. */
    public Page<ArtistRow> page(PageRequest request) {
        return Paging.page(em, Artist.class, request, Set.of("name", "slug"), Set.of("createdAt"), "name")
                .map(ArtistRow::of);
    }

    /** Up to {@code max} artists whose name contains the text, ignoring case, for a picker. */
    public List<ArtistChoice> complete(String text, int max) {
        String pattern = "%"
                + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT))
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return em.createQuery(
                        "select a from Artist a where lower(a.name) like :q escape '\\' order by a.name, a.id",
                        Artist.class)
                .setParameter("q", pattern)
                .setMaxResults(max)
                .getResultStream()
                .map(ArtistChoice::of)
                .toList();
    }

    public ArtistChoice choice(long id) {
        return ArtistChoice.of(find(id));
    }

    public long count() {
        return em.createQuery("select count(a) from Artist a", Long.class).getSingleResult();
    }
}
