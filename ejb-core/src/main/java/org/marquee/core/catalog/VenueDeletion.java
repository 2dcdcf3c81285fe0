package org.marquee.core.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Venue;
import org.marquee.core.venue.Venues;

/**
 * Deleting venues and sections that no session uses. It lives with the sessions because they are
 * what uses a venue: the venue area does not read the catalog's tables. A session sells every
 * section of its venue (at the section's starting price unless it sets its own), so a section is
 * in use as long as its venue has a session, cancelled or past ones included: their orders and
 * tickets still name it.
 */
@Stateless
@PermitAll // reads are public; each change names its role below
public class VenueDeletion {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Venues venues;

    public long sessionsAt(long venueId) {
        return em.createQuery("select count(s) from EventSession s where s.venue.id = :venue", Long.class)
                .setParameter("venue", venueId)
                .getSingleResult();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void deleteVenue(long venueId) {
        Venue venue = venues.find(venueId);
        refuseIfUsed(venue.name(), venueId);
        venues.delete(venueId);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void deleteSection(long sectionId) {
        Section section = Optional.ofNullable(em.find(Section.class, sectionId))
                .orElseThrow(() -> new NotFound("Section", sectionId));
        refuseIfUsed(section.name(), section.venue().id());
        venues.removeSection(sectionId);
    }

    private void refuseIfUsed(String what, long venueId) {
        long sessions = sessionsAt(venueId);
        if (sessions > 0) {
            // Its own key rather than InUse's, so the message can say "1 session uses" and "9 sessions use".
            throw new DomainException("catalog.venueInUse", what, sessions);
        }
    }
}
