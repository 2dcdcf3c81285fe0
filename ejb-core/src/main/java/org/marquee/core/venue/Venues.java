package org.marquee.core.venue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marquee.core.geo.City;
import org.marquee.core.geo.Geography;
import org.marquee.core.identity.Role;
import org.marquee.core.media.Image;
import org.marquee.core.media.Images;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InUse;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;
import org.marquee.core.platform.Slugs;

/** Venues and their floor plans: sections, generated seat rows, single seats. */
@Stateless
@PermitAll // reads are public; each change names its role below
public class Venues {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Geography geography;

    @EJB
    private AuditTrail audit;

    @EJB
    private Images images;

    @Inject
    private Event<LayoutChanged> layoutChanges;

    @RolesAllowed(Role.Names.ADMIN)
    public VenueDetails create(String name, String requestedSlug, long cityId, String address, String description) {
        City city = geography.findCity(cityId).orElseThrow(() -> new NotFound("City", cityId));
        String slug = Slugs.choose(requestedSlug, name, taken -> bySlug(taken).isPresent());
        Venue venue = InvalidInput.check(() -> new Venue(name, slug, city, address, clock.instant()));
        InvalidInput.check(() -> venue.describe(name, address, description));
        em.persist(venue);
        em.flush();
        audit.record(AuditAction.CREATE, "Venue", venue.id(), venue.name() + ", " + city.name());
        return VenueDetails.of(venue);
    }

    /** Renames, moves to another city, and re-describes a venue; its slug stays, links keep working. */
    @RolesAllowed(Role.Names.ADMIN)
    public VenueDetails describe(long venueId, String name, long cityId, String address, String description) {
        Venue venue = find(venueId);
        City city = geography.findCity(cityId).orElseThrow(() -> new NotFound("City", cityId));
        InvalidInput.check(() -> venue.describe(name, address, description));
        venue.moveTo(city);
        audit.record(AuditAction.UPDATE, "Venue", venueId, venue.name() + ", " + city.name());
        return VenueDetails.of(venue);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Section addStandingSection(
            long venueId, String name, int capacity, Money startingPrice, Placement placement) {
        Venue venue = find(venueId);
        Section section = InvalidInput.check(() -> venue.addStandingSection(name, capacity, startingPrice, placement));
        em.flush();
        layoutChanges.fire(new LayoutChanged(venueId));
        audit.record(AuditAction.UPDATE, "Venue", venueId, "standing section " + section.name() + " for " + capacity);
        return section;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Section addSeatedSection(
            long venueId, String name, Money startingPrice, Placement placement, List<SeatSpec> seats) {
        Venue venue = find(venueId);
        Section section = InvalidInput.check(() -> venue.addSeatedSection(name, startingPrice, placement, seats));
        em.flush();
        layoutChanges.fire(new LayoutChanged(venueId));
        audit.record(
                AuditAction.UPDATE,
                "Venue",
                venueId,
                "seated section " + section.name() + " with " + seats.size() + " seats");
        return section;
    }

    /**
     * Changes how many places a standing section sells. The sessions on sale follow (their
     * inventory refuses to shrink below places that are held or sold).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Section resizeStandingSection(long sectionId, int capacity) {
        Section section = Optional.ofNullable(em.find(Section.class, sectionId))
                .orElseThrow(() -> new NotFound("Section", sectionId));
        int before = section.capacity();
        InvalidInput.check(() -> section.resize(capacity));
        em.flush();
        layoutChanges.fire(new LayoutChanged(section.venue().id()));
        audit.record(
                AuditAction.UPDATE,
                "Venue",
                section.venue().id(),
                "standing section " + section.name() + " resized from " + before + " to " + capacity);
        return section;
    }

    /**
     * Takes a section and its seats off the plan. Whether sessions still sell it is the catalog's
     * knowledge: the admin and venue panels go through its VenueDeletion, which asks first.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void removeSection(long sectionId) {
        Section section = Optional.ofNullable(em.find(Section.class, sectionId))
                .orElseThrow(() -> new NotFound("Section", sectionId));
        Venue venue = section.venue();
        InvalidInput.check(() -> venue.removeSection(section));
        em.flush();
        audit.record(AuditAction.UPDATE, "Venue", venue.id(), "removed section " + section.name());
    }

    /** Takes a seat out of sale or back, and marks wheelchair and companion places. */
    @RolesAllowed(Role.Names.ADMIN)
    public Seat flagSeat(long seatId, boolean disabled, boolean wheelchair, boolean companion) {
        Seat seat = Optional.ofNullable(em.find(Seat.class, seatId)).orElseThrow(() -> new NotFound("Seat", seatId));
        if (disabled) {
            seat.disable();
        } else {
            seat.enable();
        }
        seat.markWheelchair(wheelchair);
        seat.markCompanion(companion);
        em.flush();
        layoutChanges.fire(new LayoutChanged(seat.section().venue().id()));
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
    @RolesAllowed(Role.Names.ADMIN)
    public void delete(long venueId) {
        Venue venue = find(venueId);
        Image image = venue.image();
        try {
            em.remove(venue);
            em.flush();
        } catch (PersistenceException e) {
            throw new InUse(venue.name(), "sessions");
        }
        images.release(image);
        audit.record(AuditAction.DELETE, "Venue", venueId, venue.name());
    }

    /** The public page of a venue, floor plan included; two queries however many seats it has. */
    public Optional<VenueView> page(String slug) {
        return page(slug, null);
    }

    /** The same with each seat's tooltip in the visitor's language (see {@link FloorPlanSvg}). */
    public Optional<VenueView> page(String slug, String seatTitle) {
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
                        FloorPlanSvg.render(floorPlan(venue), null, seatTitle),
                        venue.image() == null ? null : venue.image().ref()));
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

    /** A venue as its admin form edits it. */
    public VenueDetails details(long id) {
        return VenueDetails.of(find(id));
    }

    /**
     * A page of venues for the admin panel: filter and sort by name or city name, sort by
     * creation too. Capacity and section count come from one grouped query for the page.
     */
    public Page<VenueRow> page(PageRequest request) {
        Page<Venue> page =
                Paging.page(em, Venue.class, request, Set.of("name", "city.name"), Set.of("createdAt"), "name");
        if (page.items().isEmpty()) {
            return new Page<>(List.of(), page.first(), page.size(), page.total());
        }
        Map<Long, Object[]> totals = em.createQuery(
                        "select v.id, c.name, coalesce(sum(s.capacity), 0), count(s) from Venue v join v.city c"
                                + " left join v.sections s where v.id in :ids group by v.id, c.name",
                        Object[].class)
                .setParameter("ids", page.items().stream().map(Venue::id).toList())
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], Function.identity()));
        List<VenueRow> rows = page.items().stream()
                .map(venue -> {
                    Object[] total = totals.get(venue.id());
                    return new VenueRow(
                            venue.id(),
                            venue.name(),
                            venue.slug(),
                            (String) total[1],
                            ((Number) total[2]).intValue(),
                            ((Number) total[3]).intValue());
                })
                .toList();
        return new Page<>(rows, page.first(), page.size(), page.total());
    }

    public Optional<Venue> bySlug(String slug) {
        return em.createQuery(
                        "select v from Venue v join fetch v.city left join fetch v.image where v.slug = :slug",
                        Venue.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public long count() {
        return em.createQuery("select count(v) from Venue v", Long.class).getSingleResult();
    }

    /** Every venue by name with its city, for pickers. */
    public List<VenueChoice> choices() {
        return em.createQuery(
                        "select new org.marquee.core.venue.VenueChoice(v.id, v.name, c.name)"
                                + " from Venue v join v.city c order by v.name, v.id",
                        VenueChoice.class)
                .getResultList();
    }
}
