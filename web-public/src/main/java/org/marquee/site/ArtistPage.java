package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.marquee.core.catalog.ArtistView;
import org.marquee.core.catalog.CatalogPages;
import org.marquee.core.catalog.Discovery;
import org.marquee.core.catalog.SessionCard;

/** An artist and the upcoming sessions that feature them. */
@Named
@RequestScoped
public class ArtistPage {

    @EJB
    private CatalogPages pages;

    @EJB
    private Discovery discovery;

    @Inject
    private HttpServletRequest request;

    private ArtistView artist;
    private List<SessionCard> sessions;

    public void load() {
        pages.artist(String.valueOf(request.getParameter("slug")))
                .ifPresentOrElse(
                        found -> {
                            artist = found;
                            sessions = discovery
                                    .byArtist(found.slug(), 0, Browse.PAGE_SIZE)
                                    .items();
                        },
                        Pages::notFound);
    }

    public ArtistView getArtist() {
        return artist;
    }

    public List<SessionCard> getSessions() {
        return sessions;
    }
}
