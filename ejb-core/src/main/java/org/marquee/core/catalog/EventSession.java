package org.marquee.core.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marquee.core.platform.Money;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Venue;

/**
 * One performance of an event at a venue: when it starts and ends, when tickets are sold, and
 * what each section costs. Times are instants; they are shown in the venue's time zone.
 */
@Entity
@Table(name = "event_session")
public class EventSession {

    @Id
    @SequenceGenerator(name = "event_session_seq", sequenceName = "event_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_session_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id", nullable = false)
    private Venue venue;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "sales_start", nullable = false)
    private Instant salesStart;

    @Column(name = "sales_end", nullable = false)
    private Instant salesEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SessionStatus status;

    @Column(nullable = false, length = 3)
    private String currency;

    /** Section id to price in minor units of {@link #currency}, overriding the section's starting price. */
    @ElementCollection
    @CollectionTable(name = "session_section_price", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "section_id")
    @Column(name = "price_minor", nullable = false)
    private Map<Long, Long> sectionPrices = new HashMap<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<PriceCategory> priceCategories = new ArrayList<>();

    @Version
    private long version;

    protected EventSession() {}

    public EventSession(Event event, Venue venue, SessionTimes times, String currency) {
        this.event = Objects.requireNonNull(event, "A session needs an event");
        this.venue = Objects.requireNonNull(venue, "A session needs a venue");
        this.currency = Money.zero(currency).currency();
        this.status = SessionStatus.SCHEDULED;
        reschedule(times);
    }

    public void reschedule(SessionTimes times) {
        this.startsAt = times.startsAt();
        this.endsAt = times.endsAt();
        this.salesStart = times.salesStart();
        this.salesEnd = times.salesEnd();
    }

    /**
     * Moves the session to another venue. Only while nothing can have been sold: the session is
     * scheduled, its sales have not opened, and no price category names the old venue's sections.
     * The old venue's section prices go with it.
     */
    public void moveTo(Venue newVenue, Instant now) {
        Objects.requireNonNull(newVenue, "A session needs a venue");
        if (newVenue.id() != null && newVenue.id().equals(venue.id())) {
            return;
        }
        if (status != SessionStatus.SCHEDULED || !now.isBefore(salesStart)) {
            throw new IllegalStateException("The venue cannot change once the session is on sale");
        }
        if (!priceCategories.isEmpty()) {
            throw new IllegalStateException(
                    "The venue cannot change while price categories are priced by its sections: remove them first");
        }
        this.venue = newVenue;
        this.sectionPrices.clear();
    }

    /** Replaces every section price of the session; sections left out sell at their starting price. */
    public void repriceSections(Map<Section, Money> prices) {
        prices.forEach((section, price) -> checkPrice(section, price));
        sectionPrices.clear();
        prices.forEach((section, price) -> sectionPrices.put(section.id(), price.minor()));
    }

    /**
     * Moves the session to another state, as staff may: see {@link SessionStatus#staffChoices()}.
     * Between ON_SALE and SOLD_OUT staff change nothing: which of the two a session is, is the
     * inventory's to say, and may have changed since their form was loaded.
     */
    public void changeStatus(SessionStatus next) {
        Objects.requireNonNull(next, "A session needs a status");
        if (next == status || (isOpen(next) && isOpen(status))) {
            return;
        }
        if (!status.staffChoices().contains(next)) {
            throw new IllegalStateException("A session that is "
                    + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " cannot become "
                    + next.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        status = next;
    }

    private static boolean isOpen(SessionStatus status) {
        return status == SessionStatus.ON_SALE || status == SessionStatus.SOLD_OUT;
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /** Sets the price of one of the venue's sections for this session. */
    public void priceSection(Section section, Money price) {
        checkPrice(section, price);
        sectionPrices.put(section.id(), price.minor());
    }

    private void checkPrice(Section section, Money price) {
        requireOwnSection(section);
        if (price.isNegative() || !price.currency().equals(currency)) {
            throw new IllegalArgumentException("A price is a non-negative amount in " + currency);
        }
    }

    public void clearSectionPrice(Section section) {
        sectionPrices.remove(section.id());
    }

    /** The session's own price of a section, or else the section's starting price. */
    public Money priceOf(Section section) {
        requireOwnSection(section);
        Long override = sectionPrices.get(section.id());
        if (override != null) {
            return Money.ofMinor(override, currency);
        }
        if (!section.startingPrice().currency().equals(currency)) {
            throw new IllegalStateException("Section " + section.name() + " has no price in " + currency);
        }
        return section.startingPrice();
    }

    private void requireOwnSection(Section section) {
        if (!section.venue().id().equals(venue.id())) {
            throw new IllegalArgumentException("Section " + section.name() + " is not at " + venue.name());
        }
    }

    public PriceCategory addPriceCategory(String name, boolean isPublic, Integer quantityLimit) {
        PriceCategory category = new PriceCategory(this, name, isPublic, quantityLimit, priceCategories.size());
        if (priceCategories.stream().anyMatch(existing -> existing.name().equalsIgnoreCase(category.name()))) {
            throw new IllegalArgumentException("The session has a price category named " + name + " already");
        }
        priceCategories.add(category);
        return category;
    }

    /** Renames a price category and changes its visibility and limit; names stay unique in the session. */
    public void describePriceCategory(PriceCategory category, String name, boolean isPublic, Integer quantityLimit) {
        requireOwnCategory(category);
        String stripped = name == null ? null : name.strip();
        if (stripped != null
                && priceCategories.stream()
                        .anyMatch(other -> other != category && other.name().equalsIgnoreCase(stripped))) {
            throw new IllegalArgumentException("The session has a price category named " + stripped + " already");
        }
        category.describe(name, isPublic, quantityLimit);
    }

    public void removePriceCategory(PriceCategory category) {
        requireOwnCategory(category);
        priceCategories.remove(category);
    }

    private void requireOwnCategory(PriceCategory category) {
        if (!priceCategories.contains(category)) {
            throw new IllegalArgumentException("Price category " + category.name() + " is not this session's");
        }
    }

    public SessionTimes times() {
        return new SessionTimes(startsAt, endsAt, salesStart, salesEnd);
    }

    public SalesState salesState(Instant now) {
        return SalesState.of(status, event.status(), salesStart, salesEnd, now);
    }

    public void cancel() {
        status = SessionStatus.CANCELLED;
    }

    public ZoneId timeZone() {
        return venue.timeZone();
    }

    public Long id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public Venue venue() {
        return venue;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant salesStart() {
        return salesStart;
    }

    public Instant salesEnd() {
        return salesEnd;
    }

    public SessionStatus status() {
        return status;
    }

    public String currency() {
        return currency;
    }

    public Map<Long, Long> sectionPrices() {
        return Collections.unmodifiableMap(sectionPrices);
    }

    public List<PriceCategory> priceCategories() {
        return Collections.unmodifiableList(priceCategories);
    }
}
