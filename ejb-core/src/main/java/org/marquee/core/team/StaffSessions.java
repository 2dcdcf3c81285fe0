package org.marquee.core.team;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marquee.core.catalog.Artist;
import org.marquee.core.catalog.Event;
import org.marquee.core.catalog.EventSession;
import org.marquee.core.catalog.StaffSessionRow;
import org.marquee.core.catalog.StaffSessionView;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;

/**
 * Sessions as venue and artist staff see them, always within the caller's scope: a venue team
 * sees the sessions at its venues, an artist team the sessions of events that feature its
 * artists. A session outside the scope is refused ({@link org.marquee.core.team.NotInScope})
 * exactly like one that does not exist.
 *
 * <p>Lists of a session's own records (orders, check-ins) follow the same pattern in their own
 * area: first {@link #visible(TeamKind, long)}, which refuses what is out of scope, then a query
 * restricted to that session.
 */
@Stateless
public class StaffSessions {

    private static final Set<String> TEXT = Set.of("event.title");
    private static final Set<String> SORTABLE = Set.of("startsAt", "status");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Scope scope;

    /** A page of one team's sessions, the caller being a member of that team. */
    public Page<StaffSessionRow> page(TeamKind kind, long teamId, PageRequest request) {
        scope.require(kind, teamId);
        Paging.Restriction<EventSession> ofTeam = kind == TeamKind.VENUE
                ? (cb, s) -> cb.equal(s.get("venue").get("id"), teamId)
                : (cb, s) -> cb.isMember(
                        em.getReference(Artist.class, teamId), s.get("event").get("artists"));
        Page<EventSession> page = Paging.page(em, EventSession.class, request, TEXT, SORTABLE, "startsAt", ofTeam);
        return new Page<>(rows(page.items()), page.first(), page.size(), page.total());
    }

    /**
     * A team's sessions for the door's session picker: with {@code upcoming}, those not over yet
     * (ending after {@code since}), soonest first; otherwise the latest ones that ended before it,
     * newest first. At most {@code limit}.
     */
    public List<StaffSessionRow> forTheDoor(TeamKind kind, long teamId, Instant since, boolean upcoming, int limit) {
        scope.require(kind, teamId);
        String ofTeam = kind == TeamKind.VENUE
                ? "s.venue.id = :team"
                : "exists (select a from Event e join e.artists a where e = s.event and a.id = :team)";
        String when = upcoming
                ? "s.endsAt > :since order by s.startsAt, s.id"
                : "s.endsAt <= :since order by s.startsAt desc, s.id desc";
        List<EventSession> found = em.createQuery(
                        "select s from EventSession s where " + ofTeam + " and " + when, EventSession.class)
                .setParameter("team", teamId)
                .setParameter("since", since)
                .setMaxResults(Math.max(1, Math.min(limit, 200)))
                .getResultList();
        return rows(found);
    }

    public StaffSessionView details(TeamKind kind, long sessionId) {
        EventSession s = visible(kind, sessionId);
        Event e = s.event();
        List<StaffSessionView.SectionPrice> prices = s.venue().sections().stream()
                .map(section -> new StaffSessionView.SectionPrice(
                        section.name(), section.kind(), section.capacity(), s.priceOf(section)))
                .toList();
        return new StaffSessionView(
                s.id(),
                e.title(),
                e.slug(),
                e.status(),
                e.category().name(),
                e.artists().stream().map(Artist::name).toList(),
                s.venue().name(),
                s.venue().city().name(),
                s.timeZone(),
                s.startsAt(),
                s.endsAt(),
                s.salesStart(),
                s.salesEnd(),
                s.status(),
                s.salesState(clock.instant()),
                prices,
                categories(s));
    }

    private static List<StaffSessionView.CategoryPrices> categories(EventSession s) {
        return s.priceCategories().stream()
                .map(category -> new StaffSessionView.CategoryPrices(
                        category.name(),
                        category.isPublic(),
                        category.quantityLimit().orElse(null),
                        s.venue().sections().stream()
                                .flatMap(section -> category.priceIn(section).stream()
                                        .map(price -> new StaffSessionView.SectionAmount(section.name(), price)))
                                .toList()))
                .toList();
    }

    /**
     * The caller's teams of this kind that a session of theirs belongs to: its venue, or those of
     * its artists the caller works for; so a panel showing the session names the right team.
     */
    public List<Long> teamsOf(TeamKind kind, long sessionId) {
        EventSession s = visible(kind, sessionId);
        if (kind == TeamKind.VENUE) {
            return List.of(s.venue().id());
        }
        Set<Long> mine = scope.teamIds(kind);
        return s.event().artists().stream()
                .map(Artist::id)
                .filter(mine::contains)
                .toList();
    }

    /**
     * The session, if one of the caller's teams of this kind may see it; otherwise NotInScope,
     * whether the id exists or not. The scope is part of the query, so nothing outside it is read.
     */
    public EventSession visible(TeamKind kind, long sessionId) {
        Set<Long> teams = scope.teamIds(kind);
        String inScope = kind == TeamKind.VENUE
                ? "s.venue.id in :teams"
                : "exists (select a from Event e join e.artists a where e = s.event and a.id in :teams)";
        if (teams.isEmpty()) {
            throw scope.refuse(kind, "session", sessionId);
        }
        return em.createQuery("select s from EventSession s where s.id = :id and " + inScope, EventSession.class)
                .setParameter("id", sessionId)
                .setParameter("teams", teams)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> scope.refuse(kind, "session", sessionId));
    }

    private List<StaffSessionRow> rows(List<EventSession> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, EventSession> loaded = em.createQuery(
                        "select s from EventSession s join fetch s.event join fetch s.venue v join fetch v.city"
                                + " where s.id in :ids",
                        EventSession.class)
                .setParameter("ids", sessions.stream().map(EventSession::id).toList())
                .getResultStream()
                .collect(Collectors.toMap(EventSession::id, Function.identity()));
        return sessions.stream()
                .map(s -> loaded.get(s.id()))
                .map(s -> new StaffSessionRow(
                        s.id(),
                        s.event().title(),
                        s.venue().name(),
                        s.venue().city().name(),
                        s.timeZone(),
                        s.startsAt(),
                        s.status(),
                        s.salesState(now)))
                .toList();
    }
}
