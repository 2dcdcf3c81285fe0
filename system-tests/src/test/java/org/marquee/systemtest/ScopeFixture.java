package org.marquee.systemtest;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marquee.core.catalog.Artists;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.EventDetails;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.SessionTimes;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.geo.Geography;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.platform.Money;
import org.marquee.core.team.Invitations;
import org.marquee.core.team.MemberRole;
import org.marquee.core.team.OwnerAssignments;
import org.marquee.core.team.TeamKind;
import org.marquee.core.venue.Placement;
import org.marquee.core.venue.Shape;
import org.marquee.core.venue.Venues;

/**
 * Two venues and two artists with their teams, made through the services inside the server:
 * venue A and artist A each have an owner and a manager (who joined through an invitation),
 * venue B and artist B an owner each. Artist A plays at venue A and at venue B; artist B at B.
 * Everyone else holds a plain role: an admin, a marketing editor, a buyer.
 */
final class ScopeFixture {

    static final String PASSWORD = "scope-password-1";

    /** Where invitation links point in these tests (the mail is queued; nobody opens it). */
    static final String LINK = "http://127.0.0.1/venue/invitation.xhtml?token=";

    /** Who calls: each panel role the access rules know, and nobody. */
    enum Who {
        ADMIN,
        MARKETING,
        VENUE_OWNER,
        VENUE_MANAGER,
        ARTIST_OWNER,
        ARTIST_MANAGER,
        BUYER,
        ANONYMOUS
    }

    final String tag = "s" + System.nanoTime();
    final long venueA;
    final long venueB;
    final long artistA;
    final long artistB;
    final long sessionOfAAtA;
    final long sessionOfAAtB;
    final long sessionOfBAtB;
    final Map<Who, String> emails;
    final String venueOwnerB = email("venue-owner-b");
    final String artistOwnerB = email("artist-owner-b");

    ScopeFixture() {
        emails = Map.of(
                Who.ADMIN, email("admin"),
                Who.MARKETING, email("marketing"),
                Who.VENUE_OWNER, email("venue-owner-a"),
                Who.VENUE_MANAGER, email("venue-manager-a"),
                Who.ARTIST_OWNER, email("artist-owner-a"),
                Who.ARTIST_MANAGER, email("artist-manager-a"),
                Who.BUYER, email("buyer"));
        long[] ids = Callers.asAdmin(this::build);
        venueA = ids[0];
        venueB = ids[1];
        artistA = ids[2];
        artistB = ids[3];
        sessionOfAAtA = ids[4];
        sessionOfAAtB = ids[5];
        sessionOfBAtB = ids[6];

        asAdmin(() -> {
            OwnerAssignments owners = service(OwnerAssignments.class);
            owners.assign(TeamKind.VENUE, venueA, emails.get(Who.VENUE_OWNER));
            owners.assign(TeamKind.VENUE, venueB, venueOwnerB);
            owners.assign(TeamKind.ARTIST, artistA, emails.get(Who.ARTIST_OWNER));
            owners.assign(TeamKind.ARTIST, artistB, artistOwnerB);
            return null;
        });
        join(TeamKind.VENUE, venueA, emails.get(Who.VENUE_OWNER), emails.get(Who.VENUE_MANAGER), MemberRole.MANAGER);
        join(
                TeamKind.ARTIST,
                artistA,
                emails.get(Who.ARTIST_OWNER),
                emails.get(Who.ARTIST_MANAGER),
                MemberRole.MANAGER);
    }

    /**
     * The accounts, venues, artists, events and sessions, made as an admin (staff accounts and
     * the catalog are an admin's to create); their ids in the order of the fields.
     */
    private long[] build() {
        UserAccounts accounts = service(UserAccounts.class);
        accounts.register(emails.get(Who.ADMIN), "Admin " + tag, PASSWORD, Set.of(Role.ADMIN));
        accounts.register(emails.get(Who.MARKETING), "Editor " + tag, PASSWORD, Set.of(Role.MARKETING));
        for (String member : List.of(
                emails.get(Who.VENUE_OWNER),
                emails.get(Who.VENUE_MANAGER),
                emails.get(Who.ARTIST_OWNER),
                emails.get(Who.ARTIST_MANAGER),
                emails.get(Who.BUYER),
                venueOwnerB,
                artistOwnerB)) {
            // Staff start as plain accounts: joining a team gives them the panel's role.
            accounts.register(
                    member, "Member " + member.substring(0, member.indexOf('@')), PASSWORD, Set.of(Role.BUYER));
        }

        Countries.ensure("DE");
        long city = service(Geography.class)
                .addCity("DE", "Scopeville " + tag, "Europe/Berlin")
                .id();
        Venues venues = service(Venues.class);
        long venueA =
                venues.create("Venue A " + tag, null, city, "1 A Street", null).id();
        long venueB =
                venues.create("Venue B " + tag, null, city, "2 B Street", null).id();
        for (long venue : List.of(venueA, venueB)) {
            venues.addStandingSection(
                    venue, "Floor", 100, Money.ofMinor(2000, "EUR"), new Placement(0, 0, 0, Shape.RECTANGLE, 800, 600));
        }
        Artists artists = service(Artists.class);
        long artistA = artists.add("Artist A " + tag, null, null).id();
        long artistB = artists.add("Artist B " + tag, null, null).id();

        long category = service(Categories.class).add("Category " + tag, null).id();
        Events events = service(Events.class);
        EventDetails showA = events.create("Show of A " + tag, null, null, category, List.of(artistA));
        EventDetails showB = events.create("Show of B " + tag, null, null, category, List.of(artistB));
        Sessions sessions = service(Sessions.class);
        long sessionOfAAtA =
                sessions.schedule(showA.id(), venueA, times(10), Map.of()).id();
        long sessionOfAAtB =
                sessions.schedule(showA.id(), venueB, times(11), Map.of()).id();
        long sessionOfBAtB =
                sessions.schedule(showB.id(), venueB, times(12), Map.of()).id();
        // Published, so that buyers can start orders of the sessions (the order rows of the matrix).
        events.publish(showA.id());
        events.publish(showB.id());

        return new long[] {venueA, venueB, artistA, artistB, sessionOfAAtA, sessionOfAAtB, sessionOfBAtB};
    }

    /** The owner invites the address and its account accepts: the way managers join. */
    void join(TeamKind kind, long team, String owner, String invitee, MemberRole role) {
        Invitations invitations = service(Invitations.class);
        String token = Callers.as(owner, kind.role(), () -> invitations
                .issue(kind, team, invitee, role, LINK, Locale.ENGLISH)
                .token());
        Callers.as(invitee, Set.of(Role.BUYER), () -> invitations.accept(token));
    }

    /** Runs a call as one of the fixture's callers, with the roles their account holds. */
    <T> T as(Who who, Callable<T> call) {
        return who == Who.ANONYMOUS ? Callers.anonymous(call) : Callers.as(emails.get(who), roles(who), call);
    }

    <T> T asAdmin(Callable<T> call) {
        return as(Who.ADMIN, call);
    }

    static Set<Role> roles(Who who) {
        return switch (who) {
            case ADMIN -> EnumSet.of(Role.ADMIN);
            case MARKETING -> EnumSet.of(Role.MARKETING);
            case VENUE_OWNER, VENUE_MANAGER -> EnumSet.of(Role.BUYER, Role.VENUE);
            case ARTIST_OWNER, ARTIST_MANAGER -> EnumSet.of(Role.BUYER, Role.ARTIST);
            case BUYER -> EnumSet.of(Role.BUYER);
            case ANONYMOUS -> EnumSet.noneOf(Role.class);
        };
    }

    String email(String name) {
        return name + "-" + tag + "@marquee.test";
    }

    static <T> T service(Class<T> type) {
        return CDI.current().select(type).get();
    }

    static SessionTimes times(int daysAhead) {
        Instant start = Instant.now().plus(Duration.ofDays(daysAhead));
        return SessionTimes.sellingUntilStart(start, start.plus(Duration.ofHours(2)), Instant.now());
    }
}
