package org.marquee.core.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.marquee.core.platform.InvalidField;
import org.marquee.core.platform.Money;

/**
 * A session as staff type it: the venue, times in the venue's own time zone (as its audience
 * reads them), the status and a price per section (empty: the section's starting price). Plain
 * values for a form to bind to; {@link #times} and {@link #prices} turn them into the model,
 * refusing with the field each rule is about.
 */
public class SessionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long venueId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDateTime salesStart;
    private LocalDateTime salesEnd;
    private SessionStatus status = SessionStatus.SCHEDULED;
    private Map<Long, BigDecimal> sectionPrices = new HashMap<>();

    /** The typed start in the venue's zone. */
    public Instant start(ZoneId zone) {
        return instant(required("startsAt", startsAt), zone);
    }

    /**
     * The instants of the typed local times in the venue's zone. An empty sales start opens sales
     * now; an empty sales end closes them at the start, and they never go on after it.
     */
    public SessionTimes times(ZoneId zone, Instant now) {
        Instant start = instant(required("startsAt", startsAt), zone);
        Instant end = instant(required("endsAt", endsAt), zone);
        Instant open = salesStart == null ? now : instant(salesStart, zone);
        Instant close = salesEnd == null ? start : instant(salesEnd, zone);
        if (!end.isAfter(start)) {
            throw new InvalidField("endsAt", "catalog.session.endBeforeStart");
        }
        if (!close.isAfter(open)) {
            throw new InvalidField("salesEnd", "catalog.session.salesCloseBeforeOpen");
        }
        if (close.isAfter(start)) {
            throw new InvalidField("salesEnd", "catalog.session.salesAfterStart");
        }
        return new SessionTimes(start, end, open, close);
    }

    /** The typed prices in the session's currency, by section id; empty inputs are left out. */
    public Map<Long, Money> prices(String currency) {
        return money(sectionPrices, currency, "price:");
    }

    /** Amounts typed per section as money; a refusal names the field prefix plus the section id. */
    static Map<Long, Money> money(Map<Long, BigDecimal> amounts, String currency, String fieldPrefix) {
        Map<Long, Money> prices = new HashMap<>();
        amounts.forEach((sectionId, amount) -> {
            if (amount == null) {
                return;
            }
            String field = fieldPrefix + sectionId;
            if (amount.signum() < 0) {
                throw new InvalidField(field, "catalog.session.negativePrice");
            }
            try {
                prices.put(sectionId, Money.of(amount, currency));
            } catch (IllegalArgumentException e) {
                throw new InvalidField(field, "invalidInput", e.getMessage());
            }
        });
        return prices;
    }

    private static LocalDateTime required(String field, LocalDateTime value) {
        if (value == null) {
            throw new InvalidField(field, "catalog.session.timeRequired");
        }
        return value;
    }

    /** A local time skipped by a daylight-saving change moves forward by the gap, as clocks do. */
    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public LocalDateTime getSalesStart() {
        return salesStart;
    }

    public void setSalesStart(LocalDateTime salesStart) {
        this.salesStart = salesStart;
    }

    public LocalDateTime getSalesEnd() {
        return salesEnd;
    }

    public void setSalesEnd(LocalDateTime salesEnd) {
        this.salesEnd = salesEnd;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public void setStatus(SessionStatus status) {
        this.status = status;
    }

    /** Section id to the typed price; a form binds one input per section of the venue. */
    public Map<Long, BigDecimal> getSectionPrices() {
        return sectionPrices;
    }
}
