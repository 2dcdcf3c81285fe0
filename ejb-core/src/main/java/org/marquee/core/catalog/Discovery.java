package org.marquee.core.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marquee.core.media.ImageRef;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.Page;

/**
 * What the public site lists: upcoming sessions of public events, overall and by category, city,
 * artist or venue, and by text. Each list costs at most three queries whatever its length: the
 * page of sessions with their event (and its image), category, venue and city, the lowest price of each, and
 * the total when the page is full (a short page is its own total). Totals are counted up to
 * {@link #COUNT_BEYOND_PAGE} rows past the page and reported as a lower bound above that: on a
 * large catalog, counting every session that matches a common word costs seconds.
 */
@Stateless
public class Discovery {

    public static final int MAX_PAGE_SIZE = 100;

    /** How far past the page a total is counted exactly. */
    public static final int COUNT_BEYOND_PAGE = 1000;

    private static final String JOINS =
            "from EventSession s join s.event e join e.category c join s.venue v join v.city ci";

    private static final String FROM = JOINS
            // "in" rather than "<>": PostgreSQL's generic plan for a prepared "<>" on a column
            // where every row has the same value expects one row and picks nested loops.
            + " where e.status in (org.marquee.core.catalog.EventStatus.PUBLISHED,"
            + " org.marquee.core.catalog.EventStatus.CANCELLED)"
            + " and s.status in (org.marquee.core.catalog.SessionStatus.SCHEDULED,"
            + " org.marquee.core.catalog.SessionStatus.ON_SALE, org.marquee.core.catalog.SessionStatus.SOLD_OUT)"
            + " and s.endsAt > :now";

    /**
     * A card's columns and nothing else: no entity is built, registered or compared at the end
     * of the transaction, and the long texts of events and venues stay in the database.
     */
    private static final String CARD_COLUMNS = "select s.id, e.title, e.slug, c.name, c.slug, v.name, v.slug,"
            + " ci.name, ci.slug, ci.timeZone, s.startsAt, s.status, e.status, s.salesStart, s.salesEnd,"
            + " i.id, i.width, i.height ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Page<SessionCard> upcoming(int first, int size) {
        return page("", Map.of(), first, size);
    }

    /** The next sessions, without counting them all (the home page shows no total). */
    public List<SessionCard> next(int size) {
        return cards("", Map.of(), 0, size);
    }

    public List<SessionCard> featured(int size) {
        return cards(" and e.featured = true", Map.of(), 0, size);
    }

    public Page<SessionCard> byCategory(String slug, int first, int size) {
        return page(" and c.slug = :slug", Map.of("slug", slug), first, size);
    }

    public Page<SessionCard> byCity(String slug, int first, int size) {
        return page(" and ci.slug = :slug", Map.of("slug", slug), first, size);
    }

    public Page<SessionCard> byVenue(String slug, int first, int size) {
        return page(" and v.slug = :slug", Map.of("slug", slug), first, size);
    }

    public Page<SessionCard> byEvent(String slug, int first, int size) {
        return page(" and e.slug = :slug", Map.of("slug", slug), first, size);
    }

    public Page<SessionCard> byArtist(String slug, int first, int size) {
        return page(
                " and e.id in (select e2.id from Event e2 join e2.artists a where a.slug = :slug)",
                Map.of("slug", slug),
                first,
                size);
    }

    /**
     * Sessions that match every word of the text, each word in the event's title, an artist's
     * name, the category, the venue or the city, ignoring case and accents ({@link SearchText}):
     * "berlin comedy", "Sao Paulo". The words are looked up first, in one statement over the
     * small tables and their folded names ({@link #MATCHING_WORD}): each word becomes the events and
     * the venues it names, and the sessions are then filtered by their own event and venue
     * columns, which their indexes serve. A word that names nothing ends the search there. A
     * blank text lists every upcoming session.
     */
    public Page<SessionCard> search(String text, int first, int size) {
        List<String> words = SearchText.words(text);
        if (words.isEmpty()) {
            return upcoming(first, size);
        }
        List<WordMatches> matches = matching(words);
        if (matches.stream().anyMatch(WordMatches::none)) {
            int count = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
            return new Page<>(List.of(), 0, count, 0);
        }
        StringBuilder condition = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            WordMatches word = matches.get(i);
            List<String> either = new ArrayList<>();
            if (!word.events().isEmpty()) {
                either.add("s.event.id in :e" + i);
                parameters.put("e" + i, List.copyOf(word.events()));
            }
            if (!word.venues().isEmpty()) {
                either.add("s.venue.id in :v" + i);
                parameters.put("v" + i, List.copyOf(word.venues()));
            }
            condition.append(" and (").append(String.join(" or ", either)).append(')');
        }
        return page(condition.toString(), parameters, first, size);
    }

    /**
     * For each word (its number, from 0), the events it names by title, artist or category ('e')
     * and the venues it names by name or city ('v'). The folded names are generated columns
     * (migration V52), folded as {@link SearchText} folds the words.
     */
    static final String MATCHING_WORD = "select %1$d, 'e', id from event where search_title like ? escape '\\'"
            + " union all select %1$d, 'e', ea.event_id from event_artist ea join artist a on a.id = ea.artist_id"
            + " where a.search_name like ? escape '\\'"
            + " union all select %1$d, 'e', e.id from event e join category c on c.id = e.category_id"
            + " where c.search_name like ? escape '\\'"
            + " union all select %1$d, 'v', id from venue where search_name like ? escape '\\'"
            + " union all select %1$d, 'v', v.id from venue v join city ci on ci.id = v.city_id"
            + " where ci.search_name like ? escape '\\'";

    private static final int PARAMETERS_PER_WORD = 5;

    private List<WordMatches> matching(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            parts.add(String.format(java.util.Locale.ROOT, MATCHING_WORD, i));
        }
        jakarta.persistence.Query query = em.createNativeQuery(String.join(" union all ", parts));
        List<WordMatches> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String like = "%" + escapeLike(words.get(i)) + "%";
            for (int p = 1; p <= PARAMETERS_PER_WORD; p++) {
                query.setParameter(i * PARAMETERS_PER_WORD + p, like);
            }
            matches.add(new WordMatches(new HashSet<>(), new HashSet<>()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            WordMatches word = matches.get(((Number) row[0]).intValue());
            long id = ((Number) row[2]).longValue();
            (String.valueOf(row[1]).strip().equals("e") ? word.events() : word.venues()).add(id);
        }
        return matches;
    }

    /** What one word of a search names. */
    private record WordMatches(Set<Long> events, Set<Long> venues) {
        boolean none() {
            return events.isEmpty() && venues.isEmpty();
        }
    }

    private Page<SessionCard> page(String condition, Map<String, Object> parameters, int first, int size) {
        int from = Math.max(0, first);
        int count = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        List<SessionCard> cards = cards(condition, parameters, from, count);
        if (cards.isEmpty() && from > 0) {
            // A page past the end (an old link, a typed number) is the last page there is.
            long all = matches(condition, parameters, from);
            if (all < from) {
                return page(condition, parameters, (int) (Math.max(0, all - 1) / count) * count, count);
            }
        }
        if (cards.size() < count) {
            return new Page<>(cards, from, count, from + cards.size());
        }
        int limit = from + count + COUNT_BEYOND_PAGE;
        long all = matches(condition, parameters, limit);
        return new Page<>(cards, from, count, all, all >= limit);
    }

    /**
     * How many sessions match, counting no further than the limit: the database stops reading
     * at the limit, where a count would visit every match.
     */
    private long matches(String condition, Map<String, Object> parameters, int limit) {
        TypedQuery<Long> ids = em.createQuery("select s.id " + FROM + condition, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit);
        parameters.forEach(ids::setParameter);
        return ids.getResultList().size();
    }

    private List<SessionCard> cards(String condition, Map<String, Object> parameters, int first, int size) {
        int from = Math.max(0, first);
        int count = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Instant now = clock.instant();
        TypedQuery<Object[]> query = em.createQuery(
                        CARD_COLUMNS + FROM.replace(JOINS, JOINS + " left join e.image i") + condition
                                + " order by s.startsAt, s.id",
                        Object[].class)
                .setParameter("now", now)
                .setFirstResult(from)
                .setMaxResults(count);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<Long, Money> prices =
                lowestPrices(rows.stream().map(row -> (Long) row[0]).toList());
        return rows.stream()
                .map(row -> card(row, prices.get((Long) row[0]), now))
                .toList();
    }

    /**
     * The lowest price a buyer can pay for each session (the "from" price): with public price
     * categories, the cheapest of theirs (a buyer then chooses a category); without, the cheapest
     * section, at the session's own price where it has one, else the section's start price.
     * Hidden categories (unlocked by a promo code) do not count.
     */
    static final String LOWEST_PRICES = "select s.id, coalesce((select min(cp.price_minor) from price_category c"
            + " join price_category_price cp on cp.price_category_id = c.id where c.session_id = s.id and c.is_public),"
            + " min(coalesce(p.price_minor, sec.starting_price_minor))) as from_minor, s.currency"
            + " from event_session s join section sec on sec.venue_id = s.venue_id"
            + " left join session_section_price p on p.session_id = s.id and p.section_id = sec.id"
            + " where s.id in (%s) group by s.id, s.currency";

    private Map<Long, Money> lowestPrices(List<Long> ids) {
        Map<Long, Money> lowest = new HashMap<>();
        if (ids.isEmpty()) {
            return lowest;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(String.format(
                        LOWEST_PRICES,
                        String.join(",", ids.stream().map(String::valueOf).toList())))
                .getResultList();
        for (Object[] row : rows) {
            lowest.put(
                    ((Number) row[0]).longValue(),
                    Money.ofMinor(((Number) row[1]).longValue(), ((String) row[2]).strip()));
        }
        return lowest;
    }

    /** A card from a row of {@link #CARD_COLUMNS}. */
    private static SessionCard card(Object[] row, Money fromPrice, Instant now) {
        Long imageId = (Long) row[15];
        return new SessionCard(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                (String) row[8],
                (ZoneId) row[9],
                (Instant) row[10],
                SalesState.of(
                        (SessionStatus) row[11], (EventStatus) row[12], (Instant) row[13], (Instant) row[14], now),
                fromPrice,
                imageId == null ? null : new ImageRef(imageId, (Integer) row[16], (Integer) row[17]));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
