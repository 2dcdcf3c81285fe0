package org.marquee.core.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.marquee.core.catalog.Artists;
import org.marquee.core.geo.Country;
import org.marquee.core.geo.Geography;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.inventory.InventoryOpening;
import org.marquee.core.notify.MailTransport;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Slugs;
import org.marquee.core.team.OwnerAssignments;
import org.marquee.core.team.TeamKind;
import org.marquee.core.venue.Venues;

/**
 * The demo data set, loaded at deployment when {@code MARQUEE_DEMO=true} (environment) or
 * {@code -Dmarquee.demo=true}. Loading is idempotent: a second start on the same database adds
 * nothing. Prints where the panels are and how to log in. Runs as an admin, since giving the demo
 * venue and artist users their teams is an admin's act.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@RunAs(Role.Names.ADMIN)
public class DemoData {

    /** The password of every demo user. Demo data never runs in production. */
    public static final String PASSWORD = "demo-marquee";

    /** One demo user per role, by login. */
    public static final Map<Role, String> USERS = demoUsers();

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final List<String[]> CITIES = List.of(
            new String[] {"DE", "Germany", "Berlin", "Europe/Berlin"},
            new String[] {"DE", "Germany", "Munich", "Europe/Berlin"},
            new String[] {"GB", "United Kingdom", "London", "Europe/London"},
            new String[] {"ES", "Spain", "Madrid", "Europe/Madrid"},
            new String[] {"US", "United States", "New York", "America/New_York"},
            new String[] {"US", "United States", "Los Angeles", "America/Los_Angeles"},
            new String[] {"BR", "Brazil", "São Paulo", "America/Sao_Paulo"},
            new String[] {"JP", "Japan", "Tokyo", "Asia/Tokyo"},
            new String[] {"AU", "Australia", "Sydney", "Australia/Sydney"});

    @EJB
    private UserAccounts accounts;

    @EJB
    private Geography geography;

    @EJB
    private DemoCatalog catalog;

    @EJB
    private InventoryOpening inventory;

    @EJB
    private Venues venues;

    @EJB
    private Artists artists;

    @EJB
    private OwnerAssignments owners;

    @EJB
    private DemoBlog blog;

    @Inject
    private MailTransport mail;

    private boolean enabled() {
        return Boolean.parseBoolean(System.getenv("MARQUEE_DEMO")) || Boolean.getBoolean("marquee.demo");
    }

    @PostConstruct
    void load() {
        if (!enabled()) {
            return;
        }
        loadUsers();
        loadGeography();
        if (!catalog.loaded()) {
            long started = System.nanoTime();
            catalog.load();
            LOG.info(() -> "Demo catalog loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        // The demo sessions sell from now on: their seats are there before the first visitor.
        inventory.openAllDue();
        blog.load();
        loadTeams();
        printWelcome();
    }

    private void loadUsers() {
        USERS.forEach((role, email) -> {
            if (accounts.findByEmail(email).isEmpty()) {
                accounts.register(email, "Demo " + role.name().toLowerCase(), PASSWORD, EnumSet.of(role));
            }
        });
    }

    /** The demo venue user owns the first two venues, the demo artist user the first two artists. */
    private void loadTeams() {
        PageRequest firstTwo = new PageRequest(0, 2, "createdAt", true, Map.of());
        String venueUser = USERS.get(Role.VENUE);
        venues.page(firstTwo).items().forEach(venue -> own(TeamKind.VENUE, venue.id(), venueUser));
        String artistUser = USERS.get(Role.ARTIST);
        artists.page(firstTwo).items().forEach(artist -> own(TeamKind.ARTIST, artist.id(), artistUser));
    }

    private void own(TeamKind kind, long teamId, String email) {
        if (owners.owners(kind, teamId).stream()
                .noneMatch(owner -> owner.email().equals(email))) {
            owners.assign(kind, teamId, email);
        }
    }

    private void loadGeography() {
        for (String[] city : CITIES) {
            if (geography.findCountry(city[0]).isEmpty()) {
                // Each country sells in its own currency: Tokyo in JPY, New York in USD, São Paulo in BRL.
                geography.addCountry(
                        city[0], city[1], Country.usualCurrency(city[0]).orElse(null));
            }
            if (geography.findCityBySlug(Slugs.of(city[2] + "-" + city[0])).isEmpty()) {
                geography.addCity(city[0], city[2], city[3]);
            }
        }
    }

    private void printWelcome() {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String base = "http://localhost:" + port;
        StringBuilder text = new StringBuilder("\n\n  Marquee is running with demo data.\n\n");
        for (String[] panel : new String[][] {
            {"Public site", "/"}, {"Checkout", "/checkout/"}, {"Admin panel", "/admin/"},
            {"Venue panel", "/venue/"}, {"Artist panel", "/artist/"}, {"Marketing panel", "/marketing/"}
        }) {
            text.append(String.format("  %-16s %s%s%n", panel[0], base, panel[1]));
        }
        text.append("\n  Demo logins (password for all: ").append(PASSWORD).append("):\n");
        USERS.forEach((role, email) -> text.append(String.format("  %-10s %s%n", role, email)));
        if (mail.logsOnly()) {
            text.append("\n  Staff logins ask for a code sent by email. No mail server is configured\n")
                    .append("  (MARQUEE_SMTP_HOST), so every email, code included, is written to this log.\n");
        }
        LOG.info(text.toString());
    }

    private static Map<Role, String> demoUsers() {
        Map<Role, String> users = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            users.put(role, role.name().toLowerCase() + "@marquee.test");
        }
        return Collections.unmodifiableMap(users);
    }
}
