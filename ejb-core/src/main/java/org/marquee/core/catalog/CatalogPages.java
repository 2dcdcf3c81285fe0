package org.marquee.core.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marquee.core.media.Image;
import org.marquee.core.media.ImageRef;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;
import org.marquee.core.venue.Venue;

/** What the public event and artist pages show; drafts do not exist for the public. */
@Stateless
public class CatalogPages {

    @EJB
    private Events events;

    @EJB
    private Artists artists;

    @PersistenceContext
    private EntityManager em;

    /** Artists and venues on one page of a directory. */
    public static final int DIRECTORY_PAGE = 24;

    public Optional<EventView> event(String slug) {
        return events.bySlug(slug)
                .filter(Event::isPublic)
                .map(e -> new EventView(
                        e.id(),
                        e.title(),
                        e.slug(),
                        e.description(),
                        e.category().name(),
                        e.category().slug(),
                        e.status(),
                        e.artists().stream()
                                .map(a -> new EventView.ArtistLink(a.name(), a.slug()))
                                .toList(),
                        ref(e.image())));
    }

    /**
     * A page of the public artist directory ({@code /artists}), by name. A page past the last is
     * the last, so "page 30 of 29" cannot happen; {@code number} counts from 1.
     */
    public Page<DirectoryEntry> artistDirectory(int number) {
        return directory(
                number,
                request -> Paging.page(em, Artist.class, request, Set.of(), Set.of(), "name").items().stream()
                        .map(a -> new DirectoryEntry(a.name(), a.slug(), null, ref(a.image())))
                        .toList(),
                em.createQuery("select count(a) from Artist a", Long.class).getSingleResult());
    }

    /** A page of the public venue directory ({@code /venues}), by name, with each venue's city. */
    public Page<DirectoryEntry> venueDirectory(int number) {
        return directory(
                number,
                request -> Paging.page(em, Venue.class, request, Set.of(), Set.of(), "name").items().stream()
                        .map(v ->
                                new DirectoryEntry(v.name(), v.slug(), v.city().name(), ref(v.image())))
                        .toList(),
                em.createQuery("select count(v) from Venue v", Long.class).getSingleResult());
    }

    private static Page<DirectoryEntry> directory(
            int number, Function<PageRequest, List<DirectoryEntry>> entries, long total) {
        int pages = (int) Math.max(1, (total + DIRECTORY_PAGE - 1) / DIRECTORY_PAGE);
        int first = (Math.min(Math.max(number, 1), pages) - 1) * DIRECTORY_PAGE;
        List<DirectoryEntry> items = entries.apply(new PageRequest(first, DIRECTORY_PAGE, "name", true, Map.of()));
        return new Page<>(items, first, DIRECTORY_PAGE, total);
    }

    public Optional<ArtistView> artist(String slug) {
        return artists.bySlug(slug).map(a -> new ArtistView(a.id(), a.name(), a.slug(), a.bio(), ref(a.image())));
    }

    private static ImageRef ref(Image image) {
        return image == null ? null : image.ref();
    }
}
