package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marquee.core.catalog.CatalogPages;
import org.marquee.core.catalog.Discovery;
import org.marquee.core.catalog.EventView;
import org.marquee.core.catalog.SalesState;
import org.marquee.core.catalog.SessionCard;
import org.marquee.core.marketing.BlogPages;
import org.marquee.core.marketing.PostCard;
import org.marquee.core.media.ImageVariant;
import org.marquee.core.waitingroom.WaitingRooms;
import org.marquee.web.security.SiteSecurity;

/** An event and its sessions, with schema.org data for search engines. */
@Named
@RequestScoped
public class EventPage {

    private static final int MAX_SESSIONS = 100;
    private static final int MAX_POSTS = 5;

    @EJB
    private CatalogPages pages;

    @EJB
    private Discovery discovery;

    @EJB
    private BlogPages blog;

    @EJB
    private WaitingRooms rooms;

    @Inject
    private HttpServletRequest request;

    private EventView event;
    private List<SessionCard> sessions;
    private List<PostCard> posts;
    private Set<Long> queued;

    public void load() {
        Optional<EventView> found = pages.event(String.valueOf(request.getParameter("slug")));
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        event = found.get();
        sessions = discovery.byEvent(event.slug(), 0, MAX_SESSIONS).items();
        posts = blog.relatedTo(event.id(), MAX_POSTS);
    }

    /** One schema.org Event per session, as search engines expect for events with several dates. */
    public String getStructuredData() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (SessionCard session : sessions) {
            var item = Json.createObjectBuilder()
                    .add("@context", "https://schema.org")
                    .add("@type", "Event")
                    .add("name", event.title())
                    .add("startDate", session.localStart().toOffsetDateTime().toString())
                    .add(
                            "eventStatus",
                            "https://schema.org/" + (event.cancelled() ? "EventCancelled" : "EventScheduled"))
                    .add(
                            "location",
                            Json.createObjectBuilder()
                                    .add("@type", "Place")
                                    .add("name", session.venueName())
                                    .add("address", session.cityName()));
            if (event.description() != null) {
                item.add("description", event.description());
            }
            if (event.image() != null) {
                item.add(
                        "image",
                        Json.createArrayBuilder().add(absolute(event.image().src(ImageVariant.HERO))));
            }
            if (!event.artists().isEmpty()) {
                JsonArrayBuilder performers = Json.createArrayBuilder();
                event.artists()
                        .forEach(a -> performers.add(Json.createObjectBuilder()
                                .add("@type", "PerformingGroup")
                                .add("name", a.name())));
                item.add("performer", performers);
            }
            if (session.fromPrice() != null) {
                item.add(
                        "offers",
                        Json.createObjectBuilder()
                                .add("@type", "Offer")
                                .add("price", session.fromPrice().amount().toPlainString())
                                .add("priceCurrency", session.fromPrice().currency())
                                .add(
                                        "availability",
                                        "https://schema.org/"
                                                + (session.salesState() == SalesState.SOLD_OUT
                                                        ? "SoldOut"
                                                        : "InStock")));
            }
            all.add(item);
        }
        // "</" never appears inside the script element: a title cannot close it early.
        return all.build().toString().replace("</", "<\\/");
    }

    /** An address of this site as search engines want it: with scheme and host (never the request's Host). */
    private String absolute(String path) {
        return SiteSecurity.current().origin(request) + path;
    }

    public EventView getEvent() {
        return event;
    }

    /** The newest posts that name this event (one query). */
    public List<PostCard> getPosts() {
        return posts;
    }

    public List<SessionCard> getSessions() {
        return sessions;
    }

    /**
     * The sessions whose waiting room is on (one query, when first asked): before their sale the
     * page offers a place in it, during it "Buy" leads there.
     */
    public Set<Long> getQueued() {
        if (queued == null) {
            queued = sessions == null
                    ? Set.of()
                    : rooms.withRoom(
                            sessions.stream().map(SessionCard::sessionId).toList());
        }
        return queued;
    }
}
