package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.marquee.core.catalog.Artist;
import org.marquee.core.catalog.Artists;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.catalog.StaffSessionRow;
import org.marquee.core.catalog.VenueDeletion;
import org.marquee.core.geo.Geography;
import org.marquee.core.identity.MyAccount;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.media.ImageOwner;
import org.marquee.core.media.Images;
import org.marquee.core.notify.OutboxAdministration;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.Orders;
import org.marquee.core.order.StaffOrderRow;
import org.marquee.core.order.StaffOrders;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Settings;
import org.marquee.core.promo.PromoCodes;
import org.marquee.core.reporting.AdminOrderRow;
import org.marquee.core.reporting.ConsistencyCheck;
import org.marquee.core.reporting.OrderFilter;
import org.marquee.core.reporting.OrderOverview;
import org.marquee.core.reporting.PaymentOverview;
import org.marquee.core.team.Invitations;
import org.marquee.core.team.MemberRole;
import org.marquee.core.team.Memberships;
import org.marquee.core.team.OwnerAssignments;
import org.marquee.core.team.Scope;
import org.marquee.core.team.StaffSessions;
import org.marquee.core.team.TeamKind;
import org.marquee.core.venue.Placement;
import org.marquee.core.venue.Shape;
import org.marquee.core.venue.VenueLayouts;
import org.marquee.core.venue.Venues;
import org.marquee.systemtest.ScopeFixture.Who;

/**
 * The access matrix of the scoped services: every entry point the venue and artist panels (and
 * the admin's owner assignments) use, called as every role, allowed or refused as designed. A
 * new entry point is a new row. Refused means an exception and so no data: NotInScope for what
 * lies outside the caller's teams, OwnersOnly for a manager's team change, EJBAccessException
 * for an admin-only service. Where a call is allowed, the row also checks what it returned.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class ServiceAccessMatrixIT {

    private static final Set<Who> VENUE_STAFF = EnumSet.of(Who.VENUE_OWNER, Who.VENUE_MANAGER);
    private static final Set<Who> ARTIST_STAFF = EnumSet.of(Who.ARTIST_OWNER, Who.ARTIST_MANAGER);
    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

    @EJB
    private StaffSessions sessions;

    @EJB
    private StaffOrders staffOrders;

    @EJB
    private Orders orders;

    @EJB
    private Memberships memberships;

    @EJB
    private Invitations invitations;

    @EJB
    private OwnerAssignments owners;

    @EJB
    private Scope scope;

    @EJB
    private UserAccounts accounts;

    @EJB
    private PromoCodes promoCodes;

    @EJB
    private OrderOverview orderOverview;

    @EJB
    private PaymentOverview paymentOverview;

    @EJB
    private ConsistencyCheck consistencyCheck;

    @EJB
    private Settings settings;

    @EJB
    private OutboxAdministration outbox;

    @EJB
    private Geography geography;

    @EJB
    private Categories categories;

    @EJB
    private Artists artists;

    @EJB
    private Events events;

    @EJB
    private Sessions catalogSessions;

    @EJB
    private Venues venues;

    @EJB
    private VenueLayouts layouts;

    @EJB
    private VenueDeletion venueDeletion;

    @EJB
    private Images images;

    @EJB
    private MyAccount myAccount;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(ServiceAccessMatrixIT.class, ScopeFixture.class, ScopeFixture.Who.class);
    }

    /**
     * One entry point: who may call it, and how to call it for a given caller. The preparation
     * runs outside the caller's identity (as the people who set things up) and returns the call.
     */
    private record Row(String name, Set<Who> allowed, BiFunction<ScopeFixture, Who, Callable<Object>> prepare) {}

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>(scopedRows());
        rows.addAll(catalogRows());
        return rows;
    }

    /**
     * The services that change the catalog, places and users: each change only as an admin (or,
     * for pictures, a marketing editor), each read for everyone.
     */
    private List<Row> catalogRows() {
        Set<Who> admin = EnumSet.of(Who.ADMIN);
        return List.of(
                new Row(
                        "Geography.addCity",
                        admin,
                        (f, who) -> () -> geography
                                .addCity("DE", "Rowtown " + who + System.nanoTime(), "Europe/Berlin")
                                .id()),
                new Row(
                        "Geography.cities",
                        EVERYONE,
                        (f, who) -> () -> geography.cities().size()),
                new Row(
                        "Categories.add",
                        admin,
                        (f, who) -> () -> categories
                                .add("Row " + who + System.nanoTime(), null)
                                .id()),
                new Row(
                        "Categories.all",
                        EVERYONE,
                        (f, who) -> () -> categories.all().size()),
                new Row(
                        "Artists.add",
                        admin,
                        (f, who) -> () -> artists.add("Row " + who + System.nanoTime(), null, null)
                                .id()),
                new Row("Artists.describe", admin, (f, who) -> () -> {
                    artists.describe(f.artistB, "Artist B renamed by " + who, null);
                    return null;
                }),
                new Row("Events.create", admin, (f, who) -> {
                    long category = f.asAdmin(() -> categories
                            .add("Events " + who + System.nanoTime(), null)
                            .id());
                    return () -> events.create("Row " + who + System.nanoTime(), null, null, category, List.of())
                            .id();
                }),
                new Row("Events.publish", admin, (f, who) -> {
                    long event = draftEvent(f, who);
                    return () -> {
                        events.publish(event);
                        return null;
                    };
                }),
                new Row("Events.count (a read)", EVERYONE, (f, who) -> () -> events.count()),
                new Row("Sessions.schedule", admin, (f, who) -> {
                    long event = draftEvent(f, who);
                    return () -> catalogSessions
                            .schedule(event, f.venueA, ScopeFixture.times(20), Map.of())
                            .id();
                }),
                new Row("Sessions.cancel", admin, (f, who) -> {
                    long event = draftEvent(f, who);
                    long session = f.asAdmin(() -> catalogSessions
                            .schedule(event, f.venueA, ScopeFixture.times(21), Map.of())
                            .id());
                    return () -> {
                        catalogSessions.cancel(session);
                        return null;
                    };
                }),
                new Row(
                        "Sessions.view",
                        EVERYONE,
                        (f, who) -> () -> catalogSessions.view(f.sessionOfAAtA).toString()),
                new Row(
                        "Venues.create",
                        admin,
                        (f, who) -> () -> venues.create(
                                        "Row hall " + who + System.nanoTime(), null, cityOf(f), "1 Row Street", null)
                                .id()),
                new Row(
                        "Venues.addStandingSection",
                        admin,
                        (f, who) -> () -> venues.addStandingSection(
                                        f.venueB,
                                        "Row " + who,
                                        10,
                                        Money.ofMinor(1000, "EUR"),
                                        new Placement(0, 0, 0, Shape.RECTANGLE, 100, 100))
                                .id()),
                new Row(
                        "Venues.page (a venue's public page)",
                        EVERYONE,
                        (f, who) ->
                                () -> venues.page(venues.find(f.venueA).slug()).isPresent()),
                new Row(
                        "VenueLayouts.layout (a read)",
                        EVERYONE,
                        (f, who) -> () -> layouts.layout(f.venueA).toString()),
                new Row("VenueDeletion.deleteVenue", admin, (f, who) -> {
                    long venue = f.asAdmin(() -> venues.create(
                                    "Doomed " + who + System.nanoTime(), null, cityOf(f), "1 Row Street", null)
                            .id());
                    return () -> {
                        venueDeletion.deleteVenue(venue);
                        return null;
                    };
                }),
                new Row(
                        "Images.attachDrawn",
                        EnumSet.of(Who.ADMIN, Who.MARKETING),
                        (f, who) -> () -> images.attachDrawn(
                                        ImageOwner.of(Artist.class),
                                        f.artistB,
                                        new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB),
                                        "Row " + who)
                                .id()),
                new Row(
                        "UserAccounts.register (a staff account)",
                        admin,
                        (f, who) -> () -> accounts.register(
                                        f.email("staff-" + who + System.nanoTime()),
                                        "Staff",
                                        ScopeFixture.PASSWORD,
                                        Set.of(Role.VENUE))
                                .id()),
                new Row(
                        "UserAccounts.register (a buyer, as at sign-up)",
                        EVERYONE,
                        (f, who) -> () -> accounts.register(
                                        f.email("buyer-" + who + System.nanoTime()),
                                        "Buyer",
                                        ScopeFixture.PASSWORD,
                                        Set.of(Role.BUYER))
                                .id()),
                new Row(
                        "MyAccount.profile (one's own)",
                        LOGGED_IN,
                        (f, who) -> () ->
                                check(f.emails.get(who), myAccount.profile().email())));
    }

    /** A draft event of a fresh category, made by the fixture's admin. */
    private long draftEvent(ScopeFixture f, Who who) {
        return f.asAdmin(() -> {
            long category =
                    categories.add("Drafts " + who + System.nanoTime(), null).id();
            return events.create("Draft " + who + System.nanoTime(), null, null, category, List.of())
                    .id();
        });
    }

    private long cityOf(ScopeFixture f) {
        return venues.details(f.venueA).cityId();
    }

    private List<Row> scopedRows() {
        PageRequest page = PageRequest.firstPage(50);
        return List.of(
                new Row("Scope.teams(VENUE) lists only the caller's venues", EVERYONE, (f, who) -> () -> {
                    Set<Long> expected = VENUE_STAFF.contains(who) ? Set.of(f.venueA) : Set.of();
                    return check(expected, scope.teamIds(TeamKind.VENUE));
                }),
                new Row("Scope.teams(ARTIST) lists only the caller's artists", EVERYONE, (f, who) -> () -> {
                    Set<Long> expected = ARTIST_STAFF.contains(who) ? Set.of(f.artistA) : Set.of();
                    return check(expected, scope.teamIds(TeamKind.ARTIST));
                }),
                new Row(
                        "StaffSessions.page(VENUE, own venue)",
                        VENUE_STAFF,
                        (f, who) -> () ->
                                check(List.of(f.sessionOfAAtA), ids(sessions.page(TeamKind.VENUE, f.venueA, page)))),
                new Row(
                        "StaffSessions.page(VENUE, other venue)",
                        NOBODY,
                        (f, who) -> () -> sessions.page(TeamKind.VENUE, f.venueB, page)),
                new Row(
                        "StaffSessions.details(VENUE, own venue's session)",
                        VENUE_STAFF,
                        (f, who) -> () -> sessions.details(TeamKind.VENUE, f.sessionOfAAtA)),
                new Row(
                        "StaffSessions.details(VENUE, other venue's session)",
                        NOBODY,
                        (f, who) -> () -> sessions.details(TeamKind.VENUE, f.sessionOfBAtB)),
                new Row(
                        "StaffSessions.visible(VENUE, own venue's session)",
                        VENUE_STAFF,
                        (f, who) -> () -> sessions.visible(TeamKind.VENUE, f.sessionOfAAtA)
                                .id()),
                new Row(
                        "StaffSessions.visible(VENUE, other venue's session)",
                        NOBODY,
                        (f, who) -> () -> sessions.visible(TeamKind.VENUE, f.sessionOfAAtB)
                                .id()),
                new Row(
                        "StaffSessions.page(ARTIST, own artist)",
                        ARTIST_STAFF,
                        (f, who) -> () -> check(
                                List.of(f.sessionOfAAtA, f.sessionOfAAtB),
                                ids(sessions.page(TeamKind.ARTIST, f.artistA, page)))),
                new Row(
                        "StaffSessions.page(ARTIST, other artist)",
                        NOBODY,
                        (f, who) -> () -> sessions.page(TeamKind.ARTIST, f.artistB, page)),
                new Row(
                        "StaffSessions.details(ARTIST, own artist's session at another venue)",
                        ARTIST_STAFF,
                        (f, who) -> () -> sessions.details(TeamKind.ARTIST, f.sessionOfAAtB)),
                new Row(
                        "StaffSessions.details(ARTIST, other artist's session)",
                        NOBODY,
                        (f, who) -> () -> sessions.details(TeamKind.ARTIST, f.sessionOfBAtB)),
                new Row("StaffOrders.page(VENUE, own venue's session)", VENUE_STAFF, (f, who) -> {
                    long order = startOrder(f.sessionOfAAtA);
                    return () -> check(
                            true,
                            orderIds(staffOrders.page(TeamKind.VENUE, f.sessionOfAAtA, page))
                                    .contains(order));
                }),
                new Row(
                        "StaffOrders.page(VENUE, other venue's session)",
                        NOBODY,
                        (f, who) -> () -> staffOrders.page(TeamKind.VENUE, f.sessionOfBAtB, page)),
                new Row("StaffOrders.details(VENUE, own venue's order)", VENUE_STAFF, (f, who) -> {
                    long order = startOrder(f.sessionOfAAtA);
                    return () -> check(
                            order, staffOrders.details(TeamKind.VENUE, order).id());
                }),
                new Row("StaffOrders.details(VENUE, other venue's order by id)", NOBODY, (f, who) -> {
                    long order = startOrder(f.sessionOfAAtB);
                    return () -> staffOrders.details(TeamKind.VENUE, order);
                }),
                new Row(
                        "StaffOrders.details(VENUE, no such order)",
                        NOBODY,
                        (f, who) -> () -> staffOrders.details(TeamKind.VENUE, 987_654_321L)),
                new Row("StaffOrders.details(ARTIST, own artist's order at another venue)", ARTIST_STAFF, (f, who) -> {
                    long order = startOrder(f.sessionOfAAtB);
                    return () -> check(
                            order, staffOrders.details(TeamKind.ARTIST, order).id());
                }),
                new Row("StaffOrders.details(ARTIST, other artist's order)", NOBODY, (f, who) -> {
                    long order = startOrder(f.sessionOfBAtB);
                    return () -> staffOrders.details(TeamKind.ARTIST, order);
                }),
                new Row(
                        "StaffOrders.page(ARTIST, other artist's session)",
                        NOBODY,
                        (f, who) -> () -> staffOrders.page(TeamKind.ARTIST, f.sessionOfBAtB, page)),
                new Row(
                        "Memberships.team(VENUE, own venue)",
                        VENUE_STAFF,
                        (f, who) -> () -> memberships.team(TeamKind.VENUE, f.venueA)),
                new Row(
                        "Memberships.team(VENUE, other venue)",
                        NOBODY,
                        (f, who) -> () -> memberships.team(TeamKind.VENUE, f.venueB)),
                new Row(
                        "Memberships.team(ARTIST, own artist)",
                        ARTIST_STAFF,
                        (f, who) -> () -> memberships.team(TeamKind.ARTIST, f.artistA)),
                new Row(
                        "Invitations.pending(VENUE, own venue)",
                        VENUE_STAFF,
                        (f, who) -> () -> invitations.pending(TeamKind.VENUE, f.venueA)),
                new Row(
                        "Invitations.issue(VENUE, own venue)",
                        EnumSet.of(Who.VENUE_OWNER),
                        (f, who) -> () -> invitations.issue(
                                TeamKind.VENUE,
                                f.venueA,
                                f.email("inv-" + who + System.nanoTime()),
                                MemberRole.MANAGER,
                                ScopeFixture.LINK,
                                Locale.ENGLISH)),
                new Row(
                        "Invitations.issue(ARTIST, own artist)",
                        EnumSet.of(Who.ARTIST_OWNER),
                        (f, who) -> () -> invitations.issue(
                                TeamKind.ARTIST,
                                f.artistA,
                                f.email("inv-" + who + System.nanoTime()),
                                MemberRole.MANAGER,
                                ScopeFixture.LINK,
                                Locale.ENGLISH)),
                new Row("Invitations.revoke(VENUE, own venue)", EnumSet.of(Who.VENUE_OWNER), (f, who) -> {
                    long id = f.as(
                                    Who.VENUE_OWNER,
                                    () -> invitations.issue(
                                            TeamKind.VENUE,
                                            f.venueA,
                                            f.email("rev-" + who),
                                            MemberRole.MANAGER,
                                            ScopeFixture.LINK,
                                            Locale.ENGLISH))
                            .id();
                    return () -> {
                        invitations.revoke(TeamKind.VENUE, f.venueA, id);
                        return null;
                    };
                }),
                new Row("Memberships.changeRole(VENUE, own venue)", EnumSet.of(Who.VENUE_OWNER), (f, who) -> {
                    long member = freshMember(f, TeamKind.VENUE, f.venueA, Who.VENUE_OWNER, "role-" + who);
                    return () -> {
                        memberships.changeRole(TeamKind.VENUE, f.venueA, member, MemberRole.OWNER);
                        return null;
                    };
                }),
                new Row("Memberships.remove(VENUE, own venue)", EnumSet.of(Who.VENUE_OWNER), (f, who) -> {
                    long member = freshMember(f, TeamKind.VENUE, f.venueA, Who.VENUE_OWNER, "remove-" + who);
                    return () -> {
                        memberships.remove(TeamKind.VENUE, f.venueA, member);
                        return null;
                    };
                }),
                new Row("Memberships.remove(ARTIST, own artist)", EnumSet.of(Who.ARTIST_OWNER), (f, who) -> {
                    long member = freshMember(f, TeamKind.ARTIST, f.artistA, Who.ARTIST_OWNER, "aremove-" + who);
                    return () -> {
                        memberships.remove(TeamKind.ARTIST, f.artistA, member);
                        return null;
                    };
                }),
                new Row("Memberships.leave(VENUE, other venue)", NOBODY, (f, who) -> () -> {
                    memberships.leave(TeamKind.VENUE, f.venueB);
                    return null;
                }),
                new Row("Invitations.accept(token of the caller's own address)", LOGGED_IN, (f, who) -> {
                    String invitee = who == Who.ANONYMOUS ? f.email("nobody") : f.emails.get(who);
                    String token = Callers.as(
                                    f.artistOwnerB,
                                    Role.ARTIST,
                                    () -> invitations.issue(
                                            TeamKind.ARTIST,
                                            f.artistB,
                                            invitee,
                                            MemberRole.MANAGER,
                                            ScopeFixture.LINK,
                                            Locale.ENGLISH))
                            .token();
                    return () -> invitations.accept(token);
                }),
                new Row(
                        "OwnerAssignments.owners",
                        EnumSet.of(Who.ADMIN),
                        (f, who) -> () -> owners.owners(TeamKind.VENUE, f.venueA)),
                new Row(
                        "Settings.change",
                        EnumSet.of(Who.ADMIN),
                        (f, who) -> () -> settings.change(settings.current())),
                new Row("Settings.history", EnumSet.of(Who.ADMIN), (f, who) -> () -> settings.history()),
                new Row("Settings.current", EVERYONE, (f, who) -> () -> settings.current()),
                new Row("OutboxAdministration.page", EnumSet.of(Who.ADMIN), (f, who) -> () -> outbox.page(page, null)),
                new Row(
                        "PromoCodes.ofEvent",
                        EnumSet.of(Who.ADMIN),
                        (f, who) -> () -> check(List.of(), promoCodes.ofEvent(-1))),
                new Row("OrderOverview.page (every order)", EnumSet.of(Who.ADMIN), (f, who) -> {
                    var started = orders.start(f.sessionOfBAtB, Buyer.guest());
                    long order = started.orderId();
                    String pnr = started.pnr();
                    return () -> check(
                            List.of(order),
                            orderOverview.page(page, OrderFilter.of(Map.of("pnr", pnr), null, null)).items().stream()
                                    .map(AdminOrderRow::id)
                                    .toList());
                }),
                new Row("OrderOverview.details (any order)", EnumSet.of(Who.ADMIN), (f, who) -> {
                    long order = startOrder(f.sessionOfAAtA);
                    return () -> check(order, orderOverview.details(order).id());
                }),
                new Row(
                        "PaymentOverview.needingAttention",
                        EnumSet.of(Who.ADMIN),
                        (f, who) -> () -> paymentOverview.needingAttention(page)),
                new Row(
                        "ConsistencyCheck.violations (the whole database)",
                        EnumSet.of(Who.ADMIN),
                        (f, who) -> () -> consistencyCheck.violations()),
                new Row("OwnerAssignments.assign", EnumSet.of(Who.ADMIN), (f, who) -> {
                    String email = f.email("owner-" + who);
                    accounts.register(email, "Owner", ScopeFixture.PASSWORD, Set.of(Role.BUYER));
                    return () -> owners.assign(TeamKind.VENUE, f.venueB, email);
                }),
                new Row("OwnerAssignments.remove", EnumSet.of(Who.ADMIN), (f, who) -> {
                    String email = f.email("exowner-" + who);
                    accounts.register(email, "Ex-owner", ScopeFixture.PASSWORD, Set.of(Role.BUYER));
                    long id = f.asAdmin(() -> owners.assign(TeamKind.ARTIST, f.artistB, email))
                            .userId();
                    return () -> {
                        owners.remove(TeamKind.ARTIST, f.artistB, id);
                        return null;
                    };
                }));
    }

    @Test
    void everyEntryPointAllowsExactlyTheRolesItIsFor() {
        ScopeFixture fixture = new ScopeFixture();
        List<Executable> cells = new ArrayList<>();
        for (Row row : rows()) {
            for (Who who : Who.values()) {
                Callable<Object> call = row.prepare().apply(fixture, who);
                Outcome outcome = attempt(fixture, who, call);
                boolean allowed = row.allowed().contains(who);
                cells.add(() -> assertEquals(
                        allowed ? "allowed" : "refused",
                        outcome.verdict(),
                        row.name() + " as " + who + ": " + outcome));
            }
        }
        assertAll(cells);
    }

    private record Outcome(String verdict, String detail) {
        @Override
        public String toString() {
            return verdict + " (" + detail + ")";
        }
    }

    private static Outcome attempt(ScopeFixture fixture, Who who, Callable<Object> call) {
        try {
            Object result = fixture.as(who, call);
            return new Outcome("allowed", String.valueOf(result));
        } catch (DomainException refusal) {
            return new Outcome("refused", refusal.getClass().getSimpleName() + " " + refusal.messageKey());
        } catch (EJBAccessException refusal) {
            return new Outcome("refused", "EJBAccessException");
        } catch (AssertionError wrongData) {
            return new Outcome("wrong data", wrongData.getMessage());
        }
    }

    /** A manager who joined the team through an invitation, for a row that changes or removes them. */
    private long freshMember(ScopeFixture f, TeamKind kind, long team, Who owner, String name) {
        String email = f.email(name);
        accounts.register(email, "Member " + name, ScopeFixture.PASSWORD, Set.of(Role.BUYER));
        f.join(kind, team, f.emails.get(owner), email, MemberRole.MANAGER);
        return accounts.findByEmail(email).orElseThrow().id();
    }

    /** A guest's order of the session, started outside any caller's identity. */
    private long startOrder(long sessionId) {
        return orders.start(sessionId, Buyer.guest()).orderId();
    }

    private static List<Long> orderIds(Page<StaffOrderRow> page) {
        return page.items().stream().map(StaffOrderRow::id).toList();
    }

    private static Object check(Object expected, Object actual) {
        assertEquals(expected, actual);
        return actual;
    }

    private static List<Long> ids(Page<StaffSessionRow> page) {
        return page.items().stream().map(StaffSessionRow::id).toList();
    }
}
