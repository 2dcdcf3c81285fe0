package org.marquee.site;

import java.util.Locale;
import org.marquee.core.catalog.SalesState;
import org.marquee.core.catalog.SessionCard;
import org.marquee.core.media.ImageRef;
import org.marquee.web.Formats;
import org.marquee.web.Messages;

/**
 * A session card as the card grid ({@code session-cards.xhtml}) and an event's list of sessions
 * draw it: its texts composed once, in Java, and read as properties. A page of 24 cards made some
 * 600 EL calls on the record's accessors, each looked up by reflection (a property's getter EL
 * finds in a cache); the catalog benchmark saw no gain beyond its noise (docs/benchmarks.md), but
 * the rule of when a price shows now lives in one place instead of two templates.
 */
public final class CardLine {

    private final SessionCard card;
    private final Formats formats;
    private final String day;
    private final String time;
    private final String price;
    private final String state;
    private final String stateLabel;

    CardLine(SessionCard card, Formats formats) {
        this.card = card;
        this.formats = formats;
        this.day = formats.day(card.localStart());
        this.time = formats.time(card.localStart());
        SalesState sales = card.salesState();
        this.price = card.fromPrice() != null && (sales.canBuy() || sales == SalesState.NOT_YET)
                ? formats.money(card.fromPrice())
                : null;
        this.state = sales.name().toLowerCase(Locale.ROOT);
        this.stateLabel = Messages.text("sessions.state." + sales.name());
    }

    public long getSessionId() {
        return card.sessionId();
    }

    /** The event's picture, or null. */
    public ImageRef getImage() {
        return card.eventImage();
    }

    /** "Wed 9 Dec", in the venue's time zone and the visitor's language. */
    public String getDay() {
        return day;
    }

    /** "Sat 12 Dec 2026, 19:30 CET", for lists of one event's sessions. */
    public String getDateTime() {
        return formats.dateTime(card.localStart());
    }

    /** Whether a buyer can start an order now. */
    public boolean isBuyable() {
        return card.salesState().canBuy();
    }

    /** "19:30". */
    public String getTime() {
        return time;
    }

    public String getTitle() {
        return card.eventTitle();
    }

    public String getEventSlug() {
        return card.eventSlug();
    }

    public String getVenueName() {
        return card.venueName();
    }

    public String getVenueSlug() {
        return card.venueSlug();
    }

    public String getCityName() {
        return card.cityName();
    }

    public String getCitySlug() {
        return card.citySlug();
    }

    /** The lowest price, formatted, when the session sells or will; null when none is shown. */
    public String getPrice() {
        return price;
    }

    /** The sales state for the stylesheet: {@code on_sale}, {@code sold_out}, ... */
    public String getState() {
        return state;
    }

    public String getStateLabel() {
        return stateLabel;
    }
}
