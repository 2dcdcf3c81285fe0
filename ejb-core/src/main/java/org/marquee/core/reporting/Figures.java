package org.marquee.core.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.SqlValues;

/** SQL and arithmetic the dashboards share. Everything is counted in the database, grouped. */
final class Figures {

    /** Orders that count as sold: PAID now (a refunded or cancelled order no longer does). */
    static final String PAID = "o.status = 'PAID'";

    private Figures() {}

    /**
     * The calendar day of a moment in a zone, as a number yyyymmdd: the same SQL on PostgreSQL and
     * on H2 (H2 turns a zoned moment cast to a date into the server's zone, not the given one).
     */
    static String day(String moment, String zone) {
        String local = "(" + moment + " at time zone " + zone + ")";
        return "(extract(year from " + local + ") * 10000 + extract(month from " + local + ") * 100"
                + " + extract(day from " + local + "))";
    }

    static LocalDate day(Object yyyymmdd) {
        int n = (int) SqlValues.number(yyyymmdd);
        return LocalDate.of(n / 10000, n / 100 % 100, n % 100);
    }

    /** Rows of (currency, sum of minor units) as money, by currency. */
    static List<Money> money(List<Object[]> rows) {
        return rows.stream()
                .map(row -> Money.ofMinor(SqlValues.number(row[1]), ((String) row[0]).strip()))
                .toList();
    }

    /** Rows of (yyyymmdd, tickets) as days. */
    static List<SalesDay> days(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new SalesDay(day(row[0]), SqlValues.number(row[1])))
                .toList();
    }

    /**
     * Every day from {@code from} to {@code to} (widened to the first and last day sold), the days
     * without a sale as 0: a day nothing was sold is a real zero.
     */
    static List<SalesDay> everyDay(List<SalesDay> sold, LocalDate from, LocalDate to) {
        if (sold.isEmpty()) {
            return List.of();
        }
        LocalDate first = sold.get(0).day().isBefore(from) ? sold.get(0).day() : from;
        LocalDate lastSold = sold.get(sold.size() - 1).day();
        LocalDate last = lastSold.isAfter(to) ? lastSold : to;
        List<SalesDay> all = new ArrayList<>();
        Iterator<SalesDay> next = sold.iterator();
        SalesDay pending = next.next();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (pending != null && pending.day().equals(d)) {
                all.add(pending);
                pending = next.hasNext() ? next.next() : null;
            } else {
                all.add(new SalesDay(d, 0));
            }
        }
        return all;
    }

    static SectionFigures total(List<SectionFigures> sections) {
        return new SectionFigures(
                null,
                0,
                null,
                false,
                sections.stream().mapToLong(SectionFigures::capacity).sum(),
                sections.stream().mapToLong(SectionFigures::sold).sum(),
                sections.stream().mapToLong(SectionFigures::held).sum());
    }

    /** One section's figures over two sessions. */
    static SectionFigures plus(SectionFigures a, SectionFigures b) {
        return new SectionFigures(
                a.venueName(),
                a.sectionId(),
                a.section(),
                a.standing(),
                a.capacity() + b.capacity(),
                a.sold() + b.sold(),
                a.held() + b.held());
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
        return bind(em.createNativeQuery(sql), List.of(parameters)).getResultList();
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(EntityManager em, String sql, List<Object> parameters) {
        return bind(em.createNativeQuery(sql), parameters).getResultList();
    }

    static long number(EntityManager em, String sql, Object... parameters) {
        Object value = bind(em.createNativeQuery(sql), List.of(parameters)).getSingleResult();
        return value == null ? 0 : SqlValues.number(value);
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
