package org.marquee.core.venue;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.geo.City;
import org.marquee.core.geo.Geography;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InUse;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Slugs;

/** Venues and their floor plans: sections, generated seat rows, single seats. */
@Stateless
public class Venues {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Geography geography;

    @EJB
    private AuditTrail audit;

    public Venue create(String name, String requestedSlug, long cityId, String address, String description) {
        City city = geography.findCity(cityId).orElseThrow(() -> new NotFound("City", cityId));
        String slug = Slugs.choose(requestedSlug, name, taken -> bySlug(taken).isPresent());
        Venue venue = InvalidInput.check(() -> new Venue(name, slug, city, address, clock.instant()));
        InvalidInput.check(() -> venue.describe(name, address, description));
        em.persist(venue);
        em.flush();
        audit.record(AuditAction.CREATE, "Venue", venue.id(), venue.name() + ", " + city.name());
        return venue;
    }

    public Section addStandingSection(
            long venueId, String name, int capacity, Money startingPrice, Placement placement) {
        Venue venue = find(venueId);
        Section section = InvalidInput.check(() -> venue.addStandingSection(name, capacity, startingPrice, placement));
        em.flush();
        audit.record(AuditAction.UPDATE, "Venue", venueId, "standing section " + section.name() + " for " + capacity);
        return section;
    }

    public Section addSeatedSection(
            long venueId, String name, Money startingPrice, Placement placement, List<SeatSpec> seats) {
        Venue venue = find(venueId);
        Section section = InvalidInput.check(() -> venue.addSeatedSection(name, startingPrice, placement, seats));
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                "Venue",
                venueId,
                "seated section " + section.name() + " with " + seats.size() + " seats");
        return section;
    }

    /** Takes a seat out of sale or back, and marks wheelchair and companion places. */
    public Seat flagSeat(long seatId, boolean disabled, boolean wheelchair, boolean companion) {
        Seat seat = Optional.ofNullable(em.find(Seat.class, seatId)).orElseThrow(() -> new NotFound("Seat", seatId));
        if (disabled) {
            seat.disable();
        } else {
            seat.enable();
        }
        seat.markWheelchair(wheelchair);
        seat.markCompanion(companion);
        audit.record(
                AuditAction.UPDATE,
                "Venue",
                seat.section().venue().id(),
                "seat " + seat.rowLabel() + seat.number() + " in "
                        + seat.section().name() + (disabled ? " disabled" : " enabled")
                        + (wheelchair ? ", wheelchair" : "") + (companion ? ", companion" : ""));
        return seat;
    }

    /** Deletes a venue no session uses; the database's foreign keys decide what "uses" means. */
    public void delete(long venueId) {
        Venue venue = find(venueId);
        try {
            em.remove(venue);
            em.flush();
        } catch (PersistenceException e) {
            throw new InUse(venue.name(), "sessions");
        }
        audit.record(AuditAction.DELETE, "Venue", venueId, venue.name());
    }

    /** The public page of a venue, floor plan included; two queries however many seats it has. */
    public Optional<VenueView> page(String slug) {
        return bySlug(slug)
                .map(venue -> new VenueView(
                        venue.id(),
                        venue.name(),
                        venue.slug(),
                        venue.address(),
                        venue.city().name(),
                        venue.city().slug(),
                        venue.city().country().name(),
                        venue.description(),
                        venue.capacity(),
                        FloorPlanSvg.render(floorPlan(venue))));
    }

    /** The layout of a venue for the renderer, with every seat read in one query. */
    public FloorPlan floorPlan(Venue venue) {
        Map<Long, List<PlanSeat>> seatsBySection = new HashMap<>();
        em.createQuery("select s from Seat s where s.section.venue = :venue order by s.id", Seat.class)
                .setParameter("venue", venue)
                .getResultStream()
                .forEach(seat -> seatsBySection
                        .computeIfAbsent(seat.section().id(), id -> new ArrayList<>())
                        .add(new PlanSeat(
                                String.valueOf(seat.id()),
                                seat.rowLabel(),
                                seat.number(),
                                seat.placement(),
                                seat.disabled(),
                                seat.wheelchair(),
                                seat.companion(),
                                null)));
        List<PlanSection> sections = venue.sections().stream()
                .map(section -> section.isSeated()
                        ? PlanSection.seated(
                                String.valueOf(section.id()),
                                section.name(),
                                section.placement(),
                                seatsBySection.getOrDefault(section.id(), List.of()))
                        : PlanSection.standing(String.valueOf(section.id()), section.name(), section.placement()))
                .toList();
        return new FloorPlan(venue.name(), sections);
    }

    public Venue find(long id) {
        return Optional.ofNullable(em.find(Venue.class, id)).orElseThrow(() -> new NotFound("Venue", id));
    }

    public Optional<Venue> bySlug(String slug) {
        return em.createQuery("select v from Venue v join fetch v.city where v.slug = :slug", Venue.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public long count() {
        return em.createQuery("select count(v) from Venue v", Long.class).getSingleResult();
    }
}
