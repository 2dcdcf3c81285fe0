package org.marquee.core.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import org.marquee.core.media.Image;
import org.marquee.core.media.ImageRef;

/** What the public event and artist pages show; drafts do not exist for the public. */
@Stateless
public class CatalogPages {

    @EJB
    private Events events;

    @EJB
    private Artists artists;

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

    public Optional<ArtistView> artist(String slug) {
        return artists.bySlug(slug).map(a -> new ArtistView(a.id(), a.name(), a.slug(), a.bio(), ref(a.image())));
    }

    private static ImageRef ref(Image image) {
        return image == null ? null : image.ref();
    }
}
