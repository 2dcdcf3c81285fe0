package org.marquee.core.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marquee.core.catalog.EventSession;
import org.marquee.core.catalog.EventStatus;
import org.marquee.core.catalog.SalesState;
import org.marquee.core.catalog.SessionStatus;
import org.marquee.core.identity.Role;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.SectionAvailability;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.team.Scope;
import org.marquee.core.team.StaffSessions;
import org.marquee.core.team.TeamKind;

/**
 * The venue and artist panels' dashboards: one session's figures and one team's. Always within
 * the caller's scope: a session through {@link StaffSessions#visible} and a team through {@link
 * Scope#require}, both refusing with {@link org.marquee.core.team.NotInScope} whatever id was
 * asked for. A handful of grouped queries each, however many seats and orders.
 */
@Stateless
@RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
public class StaffDashboards {

    /** A team dashboard lists at most this many coming sessions, the soonest first. */
    public static final int SESSIONS = 100;

    /** A team dashboard's sales chart covers this many days, today included. */
    public static final int SALES_DAYS = 60;

    /** The widest gap between UTC and a zone's day (UTC+14), for a window of local days. */
    private static final long WIDEST_OFFSET_SECONDS = 14 * 3600;

    /** An order with its session and the zone of the session's venue (c.time_zone). */
    private static final String ORDER_ZONED =
            " from event_session_order o join event_session es on es.id = o.session_id"
                    + " join venue v on v.id = es.venue_id join city c on c.id = v.city_id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private StaffSessions sessions;

    @EJB
    private Scope scope;

    @EJB
    private Availability availability;

    @EJB
    private CheckInFigures checkIns;

    /** One session of the caller's teams of this kind; any other id is NotInScope. */
    public SessionDashboard session(TeamKind kind, long sessionId) {
        EventSession session = sessions.visible(kind, sessionId);
        Instant now = clock.instant();
        ZoneId zone = session.timeZone();
        List<SectionFigures> sections = sectionsOf(session);
        List<Object[]> revenue = Figures.rows(
                em,
                "select o.currency, sum(o.total_minor), count(*) from event_session_order o"
                        + " where o.session_id = ? and " + Figures.PAID + " group by o.currency order by o.currency",
                sessionId);
        List<SalesDay> sold = Figures.days(Figures.rows(
                em,
                "select " + Figures.day("o.paid_at", "c.time_zone") + " d, sum(o.tickets)" + ORDER_ZONED
                        + " where o.session_id = ? and " + Figures.PAID + " group by d order by d",
                sessionId));
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate startDay = session.startsAt().atZone(zone).toLocalDate();
        return new SessionDashboard(
                sessionId,
                session.event().title(),
                session.venue().name(),
                zone,
                session.startsAt(),
                session.salesState(now),
                sections,
                Figures.money(revenue),
                revenue.stream().mapToLong(row -> SqlValues.number(row[2])).sum(),
                Figures.everyDay(sold, today, today.isBefore(startDay) ? today : startDay),
                checkIns.progress(sessionId).orElse(null));
    }

    /** One team of the caller's; a team they do not belong to is NotInScope. */
    public TeamDashboard team(TeamKind kind, long teamId) {
        scope.require(kind, teamId);
        Instant now = clock.instant();
        String ofTeam = kind == TeamKind.VENUE
                ? "es.venue_id = ?"
                : "exists (select 1 from event_artist ea where ea.event_id = es.event_id and ea.artist_id = ?)";
        Map<Long, Object[]> coming = new LinkedHashMap<>();
        for (Object[] row : Figures.rows(
                em,
                "select es.id, e.title, v.name, c.time_zone, es.starts_at, es.status, e.status, es.sales_start,"
                        + " es.sales_end from event_session es join event e on e.id = es.event_id"
                        + " join venue v on v.id = es.venue_id join city c on c.id = v.city_id"
                        + " where " + ofTeam + " and es.ends_at > ? order by es.starts_at, es.id limit " + SESSIONS,
                teamId,
                SqlValues.at(now))) {
            coming.put(SqlValues.number(row[0]), row);
        }
        Map<Long, List<SectionAvailability>> inventory = availability.ofSessions(coming.keySet());
        Map<Long, List<Money>> revenueOf = revenueOf(coming.keySet());
        List<TeamDashboard.SessionFigures> rows = new ArrayList<>();
        Map<Long, SectionFigures> bySection = new LinkedHashMap<>();
        for (Object[] s : coming.values()) {
            long id = SqlValues.number(s[0]);
            List<SectionAvailability> sections = inventory.getOrDefault(id, List.of());
            for (SectionAvailability section : sections) {
                bySection.merge(section.sectionId(), figures((String) s[2], section), Figures::plus);
            }
            rows.add(sessionRow(s, sections, revenueOf.getOrDefault(id, List.of()), now));
        }
        List<Object[]> revenue = Figures.rows(
                em,
                "select o.currency, sum(o.total_minor), count(*) from event_session_order o"
                        + " join event_session es on es.id = o.session_id where " + ofTeam + " and " + Figures.PAID
                        + " group by o.currency order by o.currency",
                teamId);
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate from = today.minusDays(SALES_DAYS - 1);
        List<SalesDay> sold = Figures.days(Figures.rows(
                        em,
                        "select " + Figures.day("o.paid_at", "c.time_zone") + " d, sum(o.tickets)" + ORDER_ZONED
                                + " where " + ofTeam + " and " + Figures.PAID + " and o.paid_at >= ?"
                                + " group by d order by d",
                        teamId,
                        SqlValues.at(
                                from.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(WIDEST_OFFSET_SECONDS))))
                .stream()
                .filter(day -> !day.day().isBefore(from))
                .toList();
        return new TeamDashboard(
                teamId,
                rows,
                List.copyOf(bySection.values()),
                Figures.money(revenue),
                revenue.stream().mapToLong(row -> SqlValues.number(row[2])).sum(),
                sold.isEmpty() ? List.of() : Figures.everyDay(sold, from, today));
    }

    /** The session's sections as its inventory counts them; none for a venue without sections. */
    private List<SectionFigures> sectionsOf(EventSession session) {
        try {
            return availability.of(session.id(), false).sections().stream()
                    .map(s -> figures(session.venue().name(), s))
                    .toList();
        } catch (NotFound noSections) {
            return List.of();
        }
    }

    /** Revenue of each session, per currency (one query). */
    private Map<Long, List<Money>> revenueOf(java.util.Collection<Long> sessionIds) {
        Map<Long, List<Money>> revenue = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return revenue;
        }
        List<Object> ids = List.copyOf(sessionIds);
        for (Object[] row : Figures.rows(
                em,
                "select o.session_id, o.currency, sum(o.total_minor) from event_session_order o where o.session_id in ("
                        + SqlValues.placeholders(ids.size()) + ") and " + Figures.PAID
                        + " group by o.session_id, o.currency order by o.session_id, o.currency",
                ids)) {
            revenue.computeIfAbsent(SqlValues.number(row[0]), id -> new ArrayList<>())
                    .add(Money.ofMinor(SqlValues.number(row[2]), ((String) row[1]).strip()));
        }
        return revenue;
    }

    private static TeamDashboard.SessionFigures sessionRow(
            Object[] s, List<SectionAvailability> sections, List<Money> revenue, Instant now) {
        SalesState state = SalesState.of(
                SessionStatus.valueOf(((String) s[5]).strip()),
                EventStatus.valueOf(((String) s[6]).strip()),
                SqlValues.instant(s[7]),
                SqlValues.instant(s[8]),
                now);
        return new TeamDashboard.SessionFigures(
                SqlValues.number(s[0]),
                (String) s[1],
                (String) s[2],
                ZoneId.of((String) s[3]),
                SqlValues.instant(s[4]),
                state,
                sections.stream().mapToLong(SectionAvailability::capacity).sum(),
                sections.stream().mapToLong(SectionAvailability::sold).sum(),
                sections.stream().mapToLong(SectionAvailability::held).sum(),
                revenue);
    }

    private static SectionFigures figures(String venueName, SectionAvailability s) {
        return new SectionFigures(venueName, s.sectionId(), s.name(), s.standing(), s.capacity(), s.sold(), s.held());
    }
}
