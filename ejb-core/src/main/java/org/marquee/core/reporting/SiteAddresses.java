package org.marquee.core.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marquee.core.platform.SqlValues;

/**
 * What the public site has to show, for its XML sitemap: the slugs of published events, artists,
 * venues, cities, categories and the blog's posts whose publish time has come, with when each
 * last changed where that is known. Read a part of at most {@value #PART} addresses at a time,
 * the most a sitemap file may list; each part is one indexed statement.
 */
@Stateless
@PermitAll
public class SiteAddresses {

    /** The most addresses one sitemap file may hold (sitemaps.org). */
    public static final int PART = 50_000;

    /** The kinds of public page with an address of their own, each with its list statement. */
    public enum Kind {
        EVENT("event where status = 'PUBLISHED'", "coalesce(published_at, created_at)"),
        ARTIST("artist", "created_at"),
        VENUE("venue", "created_at"),
        CITY("city", "null"),
        CATEGORY("category", "null"),
        POST("blog_post where status in ('SCHEDULED', 'PUBLISHED') and publish_at <= ?", "updated_at");

        private final String from;
        private final String changed;

        Kind(String from, String changed) {
            this.from = from;
            this.changed = changed;
        }

        boolean needsNow() {
            return from.contains("?");
        }
    }

    /** One page's slug and when it last changed (null when unknown). */
    public record SiteAddress(String slug, Instant changed) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** How many addresses of each kind there are now. */
    public Map<Kind, Long> counts() {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            var query = em.createNativeQuery("select count(*) from " + kind.from);
            if (kind.needsNow()) {
                query.setParameter(1, SqlValues.at(clock.instant()));
            }
            counts.put(kind, SqlValues.number(query.getSingleResult()));
        }
        return counts;
    }

    /** The addresses of one kind in part {@code part} (from 0), in the order they were created. */
    public List<SiteAddress> part(Kind kind, int part) {
        if (part < 0) {
            return List.of();
        }
        var query = em.createNativeQuery("select slug, " + kind.changed + " from " + kind.from + " order by id offset "
                + ((long) part * PART) + " rows fetch next " + PART + " rows only");
        if (kind.needsNow()) {
            query.setParameter(1, SqlValues.at(clock.instant()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new SiteAddress((String) row[0], row[1] == null ? null : SqlValues.instant(row[1])))
                .toList();
    }
}
