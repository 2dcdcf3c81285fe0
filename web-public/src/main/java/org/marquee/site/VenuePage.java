package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.marquee.core.catalog.Discovery;
import org.marquee.core.catalog.SessionCard;
import org.marquee.core.venue.VenueView;
import org.marquee.core.venue.Venues;
import org.marquee.web.Messages;

/** A venue: where it is, its floor plan, and what is on there. */
@Named
@RequestScoped
public class VenuePage {

    @EJB
    private Venues venues;

    @EJB
    private Discovery discovery;

    @Inject
    private HttpServletRequest request;

    private VenueView venue;
    private List<SessionCard> sessions;

    public void load() {
        venues.page(String.valueOf(request.getParameter("slug")), Messages.text("venue.seatTitle"))
                .ifPresentOrElse(
                        found -> {
                            venue = found;
                            sessions = discovery
                                    .byVenue(found.slug(), 0, Browse.PAGE_SIZE)
                                    .items();
                        },
                        Pages::notFound);
    }

    public VenueView getVenue() {
        return venue;
    }

    public List<SessionCard> getSessions() {
        return sessions;
    }
}
