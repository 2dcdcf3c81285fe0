package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.marquee.core.identity.Role;
import org.marquee.systemtest.ScopeFixture.Who;

/**
 * The access matrix of the panels over HTTP: every role against every panel page, following
 * redirects as a browser would. Each page is a row naming who may open it; everyone else gets
 * the 403 page, and an anonymous visitor the panel's login page. A session of another venue or
 * artist is the 404 page for staff, and no page that refuses shows anything of it. A new page
 * is a new row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PanelAccessMatrixIT {

    private static final String PASSWORD = "matrix-password-1";
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> VENUE_STAFF = EnumSet.of(Who.VENUE_OWNER, Who.VENUE_MANAGER);
    private static final Set<Who> ARTIST_STAFF = EnumSet.of(Who.ARTIST_OWNER, Who.ARTIST_MANAGER);

    /** What a caller meets at a page. */
    enum Seen {
        PAGE,
        LOGIN,
        FORBIDDEN,
        NOT_FOUND
    }

    /** A page, what each caller meets there, and text that must not appear on it for anyone. */
    private record Row(String path, Map<Who, Seen> expected, String secret) {}

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void everyRoleMeetsEveryPanelPageAsDesigned() throws Exception {
        String tag = "m" + System.nanoTime();
        // Three halls with a session each: the venue owner's; one whose event bills the artist
        // owner's artist; one nobody's.
        BurstArena owned = BurstArena.create(1, 4, 10, 1);
        BurstArena billing = BurstArena.create(1, 4, 10, 1);
        BurstArena nobodys = BurstArena.create(1, 4, 10, 1);
        long venue = owned.venueId();
        long artist = TestCatalog.artist("Matrix band " + tag);
        TestDatabase.update(
                "insert into event_artist (event_id, artist_id, billing_order) values (?, ?, 0)",
                billing.eventId(),
                artist);
        Map<Who, String> emails = users(tag, venue, artist);
        emails.put(Who.VENUE_MANAGER, "venue-manager-" + tag + "@marquee.test");
        emails.put(Who.ARTIST_MANAGER, "artist-manager-" + tag + "@marquee.test");
        TestAccounts.insertManager(
                TestAccounts.insertUser(emails.get(Who.VENUE_MANAGER), PASSWORD, Role.BUYER, Role.VENUE),
                "venue_person",
                "venue_id",
                venue);
        TestAccounts.insertManager(
                TestAccounts.insertUser(emails.get(Who.ARTIST_MANAGER), PASSWORD, Role.BUYER, Role.ARTIST),
                "artist_person",
                "artist_id",
                artist);

        long ownSession = owned.sessionIds().get(0);
        long foreignSession = nobodys.sessionIds().get(0);
        long artistSession = billing.sessionIds().get(0);
        long foreignArtistSession = nobodys.sessionIds().get(0);
        long foreignVenue = nobodys.venueId();
        String foreignVenueName = TestDatabase.string("select name from venue where id = " + foreignVenue);
        String foreignTitle = title(foreignSession);
        String foreignArtistTitle = title(foreignArtistSession);

        long ownOrder = insertOrder(ownSession, tag + "v");
        long foreignOrder = insertOrder(foreignSession, tag + "f");
        long artistOrder = insertOrder(artistSession, tag + "a");
        long foreignArtistOrder = insertOrder(foreignArtistSession, tag + "x");
        String foreignPnr = pnrOf(foreignOrder);
        String foreignArtistPnr = pnrOf(foreignArtistOrder);

        List<Row> rows = new ArrayList<>();
        for (String open : List.of("/", "/checkout/", "/newsletter", "/events/does-not-matter-" + tag)) {
            rows.add(new Row(open, open.startsWith("/events/") ? all(Seen.NOT_FOUND) : all(Seen.PAGE), null));
        }
        for (String page : List.of(
                "/admin/",
                "/admin/venues.xhtml",
                "/admin/venue.xhtml?id=" + venue,
                "/admin/venue-layout.xhtml?id=" + venue,
                "/admin/artists.xhtml",
                "/admin/artist.xhtml?id=" + artist,
                "/admin/categories.xhtml",
                "/admin/cities.xhtml",
                "/admin/city.xhtml",
                "/admin/countries.xhtml",
                "/admin/users.xhtml",
                "/admin/user.xhtml",
                "/admin/settings.xhtml",
                "/admin/mail.xhtml",
                "/admin/orders.xhtml",
                "/admin/order.xhtml?id=" + foreignOrder,
                "/admin/payments.xhtml",
                "/admin/consistency.xhtml",
                "/admin/events.xhtml",
                "/admin/event.xhtml?id=" + owned.eventId(),
                "/admin/session.xhtml?id=" + ownSession,
                "/admin/promo-codes.xhtml?event=" + owned.eventId())) {
            rows.add(staffPage(page, EnumSet.of(Who.ADMIN), null));
        }
        for (String page : List.of(
                "/marketing/",
                "/marketing/posts.xhtml",
                "/marketing/post.xhtml",
                "/marketing/categories.xhtml",
                "/marketing/subscribers.xhtml",
                "/marketing/newsletters.xhtml",
                "/marketing/newsletter.xhtml")) {
            rows.add(staffPage(page, EnumSet.of(Who.MARKETING), null));
        }
        for (String page : List.of(
                "/venue/",
                "/venue/dashboard.xhtml",
                "/venue/sessions.xhtml",
                "/venue/team.xhtml",
                "/venue/session.xhtml?id=" + ownSession,
                "/venue/attendees.xhtml?session=" + ownSession,
                "/venue/order.xhtml?id=" + ownOrder,
                "/venue/door.xhtml",
                "/venue/door.xhtml?session=" + ownSession,
                "/venue/door-links.xhtml?session=" + ownSession)) {
            rows.add(staffPage(page, VENUE_STAFF, foreignVenueName));
        }
        rows.add(staffPage("/venue/sessions.xhtml?team=" + foreignVenue, VENUE_STAFF, foreignVenueName));
        rows.add(staffPage("/venue/dashboard.xhtml?team=" + foreignVenue, VENUE_STAFF, foreignVenueName));
        rows.add(outOfScope("/venue/attendees.xhtml?session=" + foreignSession, VENUE_STAFF, null));
        rows.add(outOfScope("/venue/session.xhtml?id=" + foreignSession, VENUE_STAFF, foreignTitle));
        rows.add(outOfScope("/venue/session.xhtml?id=987654321", VENUE_STAFF, null));
        rows.add(outOfScope("/venue/door.xhtml?session=" + foreignSession, VENUE_STAFF, foreignTitle));
        rows.add(outOfScope("/venue/door-links.xhtml?session=" + foreignSession, VENUE_STAFF, foreignTitle));
        rows.add(outOfScope("/venue/order.xhtml?id=" + foreignOrder, VENUE_STAFF, foreignPnr));
        rows.add(outOfScope("/venue/order.xhtml?id=987654321", VENUE_STAFF, null));
        rows.add(invitationPage("/venue/invitation.xhtml?token=not-a-token-" + tag));
        for (String page : List.of(
                "/artist/",
                "/artist/dashboard.xhtml",
                "/artist/sessions.xhtml",
                "/artist/team.xhtml",
                "/artist/session.xhtml?id=" + artistSession,
                "/artist/attendees.xhtml?session=" + artistSession,
                "/artist/order.xhtml?id=" + artistOrder,
                "/artist/door.xhtml",
                "/artist/door.xhtml?session=" + artistSession,
                "/artist/door-links.xhtml?session=" + artistSession)) {
            rows.add(staffPage(page, ARTIST_STAFF, null));
        }
        rows.add(outOfScope("/artist/session.xhtml?id=" + foreignArtistSession, ARTIST_STAFF, foreignArtistTitle));
        rows.add(outOfScope("/artist/session.xhtml?id=" + ownSession + "0000", ARTIST_STAFF, null));
        rows.add(outOfScope("/artist/order.xhtml?id=" + foreignArtistOrder, ARTIST_STAFF, foreignArtistPnr));
        rows.add(outOfScope("/artist/attendees.xhtml?session=" + foreignArtistSession, ARTIST_STAFF, null));
        rows.add(outOfScope("/artist/door.xhtml?session=" + foreignArtistSession, ARTIST_STAFF, foreignArtistTitle));
        rows.add(invitationPage("/artist/invitation.xhtml?token=not-a-token-" + tag));
        // The buyer's account area: any logged-in account, whatever its roles.
        rows.add(invitationPage("/account/"));
        rows.add(invitationPage("/account/delete.xhtml"));

        List<Executable> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            HttpClient client = who == Who.ANONYMOUS ? client() : logIn(emails.get(who), PASSWORD);
            for (Row row : rows) {
                HttpResponse<String> response = get(client, row.path());
                Seen seen = seen(response);
                Seen expected = row.expected().get(who);
                cells.add(() -> assertEquals(expected, seen, who + " at " + row.path() + " (" + response.uri() + ")"));
                if (row.secret() != null && seen != Seen.PAGE) {
                    cells.add(() -> assertFalse(
                            response.body().contains(row.secret()), who + " at " + row.path() + " sees nothing of it"));
                }
                if (row.secret() != null && seen == Seen.PAGE && row.path().startsWith("/venue/")) {
                    cells.add(() -> assertFalse(
                            response.body().contains(row.secret()),
                            who + " at " + row.path() + " sees no other venue"));
                }
            }
        }
        assertAll(cells);
    }

    /** A guest's pending order of the session, written straight into the database. */
    private static long insertOrder(long sessionId, String seed) throws Exception {
        String pnr = ("Q" + Long.toString(Math.abs((long) seed.hashCode()), 36).toUpperCase(java.util.Locale.ROOT)
                        + "000000")
                .substring(0, 7);
        return TestDatabase.count(
                "insert into event_session_order (id, pnr, session_id, token_hash, status, tickets, max_tickets,"
                        + " created_at, expire_if_not_completed_at)"
                        + " values (nextval('event_session_order_seq'), ?, ?, repeat('0', 64), 'PENDING', 0, 10,"
                        + " now(), now() + interval '15 minutes') returning id",
                pnr,
                sessionId);
    }

    private static String pnrOf(long orderId) throws Exception {
        return TestDatabase.string("select pnr from event_session_order where id = " + orderId);
    }

    private static Row staffPage(String path, Set<Who> allowed, String secret) {
        Map<Who, Seen> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, allowed.contains(who) ? Seen.PAGE : who == Who.ANONYMOUS ? Seen.LOGIN : Seen.FORBIDDEN);
        }
        return new Row(path, expected, secret);
    }

    /** Staff of the panel get the 404 page for a session outside their scope, whatever the id. */
    private static Row outOfScope(String path, Set<Who> staff, String secret) {
        Row row = staffPage(path, staff, secret);
        Map<Who, Seen> expected = new EnumMap<>(row.expected());
        staff.forEach(who -> expected.put(who, Seen.NOT_FOUND));
        return new Row(path, expected, secret);
    }

    /**
     * Any logged-in account may open an invitation link (this one is unknown and says so) or the
     * account area; a visitor gets the login page.
     */
    private static Row invitationPage(String path) {
        Map<Who, Seen> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, LOGGED_IN.contains(who) ? Seen.PAGE : Seen.LOGIN);
        }
        return new Row(path, expected, null);
    }

    private static Map<Who, Seen> all(Seen seen) {
        Map<Who, Seen> expected = new EnumMap<>(Who.class);
        EVERYONE.forEach(who -> expected.put(who, seen));
        return expected;
    }

    private static Seen seen(HttpResponse<String> response) {
        return switch (response.statusCode()) {
            case 403 -> Seen.FORBIDDEN;
            case 404 -> Seen.NOT_FOUND;
            case 200 -> response.uri().getPath().endsWith("/login.xhtml") ? Seen.LOGIN : Seen.PAGE;
            default -> throw new AssertionError(response.statusCode() + " at " + response.uri());
        };
    }

    /** An account of each plain role, and the owners of the venue and the artist; the managers come later. */
    private static Map<Who, String> users(String tag, long venue, long artist) throws Exception {
        Map<Who, String> emails = new EnumMap<>(Who.class);
        emails.put(Who.ADMIN, account("admin", tag, Role.ADMIN));
        emails.put(Who.MARKETING, account("marketing", tag, Role.MARKETING));
        emails.put(Who.VENUE_OWNER, account("venue-owner", tag, Role.VENUE));
        emails.put(Who.ARTIST_OWNER, account("artist-owner", tag, Role.ARTIST));
        emails.put(Who.BUYER, account("buyer", tag, Role.BUYER));
        TestAccounts.insertMember(
                TestDatabase.count("select id from app_user where email = ?", emails.get(Who.VENUE_OWNER)),
                "venue_person",
                "venue_id",
                venue,
                "OWNER");
        TestAccounts.insertMember(
                TestDatabase.count("select id from app_user where email = ?", emails.get(Who.ARTIST_OWNER)),
                "artist_person",
                "artist_id",
                artist,
                "OWNER");
        return emails;
    }

    private static String account(String name, String tag, Role role) throws Exception {
        String email = name + "-" + tag + "@marquee.test";
        TestAccounts.insertUser(email, PASSWORD, role);
        return email;
    }

    private static String title(long sessionId) throws Exception {
        return TestDatabase.string(
                "select e.title from event e join event_session s on s.event_id = e.id where s.id = " + sessionId);
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(Deployments.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Logs in through the public site's login form, as a browser would: the password, then, for an
     * account that needs it, the sign-in code read from its email ({@link SignInCodes}). The session
     * serves every panel.
     */
    static HttpClient logIn(String email, String password) throws Exception {
        HttpClient client = client();
        HttpResponse<String> form = get(client, "/login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login:email", email);
        fields.put("login:password", password);
        HttpResponse<String> done = post(client, form, "login", fields);
        if (done.body().contains("<form id=\"code\"")) {
            Map<String, String> code = new LinkedHashMap<>();
            code.put("code:otp", SignInCodes.newest(email));
            code.put("challenge", match(done.body(), "name=\"challenge\" value=\"([^\"]*)\""));
            done = post(client, done, "code", code);
        }
        assertFalse(done.uri().getPath().endsWith("/login.xhtml"), "logged in as " + email);
        return client;
    }

    /** Submits the form {@code formId} of a stateless Faces page with these fields and its submit button. */
    private static HttpResponse<String> post(
            HttpClient client, HttpResponse<String> page, String formId, Map<String, String> values) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.putAll(values);
        fields.put(formId + ":submit", "");
        fields.put("continue", "");
        fields.put(
                "jakarta.faces.ViewState",
                match(page.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\""));
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String action = match(page.body(), "<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"");
        return client.send(
                HttpRequest.newBuilder(URI.create(Deployments.url(action)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No " + regex + " in " + text);
        }
        return matcher.group(1).replace("&amp;", "&");
    }
}
