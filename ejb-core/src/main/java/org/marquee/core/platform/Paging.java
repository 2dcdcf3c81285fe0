package org.marquee.core.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one page of an entity list with sorting and filtering done by the database, on
 * attributes the caller allows: anything else in a request is ignored, so no request can sort
 * or filter on a column it should not see.
 */
public final class Paging {

    private Paging() {}

    /**
     * @param textAttributes attributes that may be filtered ("contains, ignoring case") and sorted
     * @param otherSortable further attributes that may be sorted on
     * @param defaultSort the attribute to sort on when the request names none it may use
     */
    public static <T> Page<T> page(
            EntityManager em,
            Class<T> type,
            PageRequest request,
            Set<String> textAttributes,
            Set<String> otherSortable,
            String defaultSort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> row = select.from(type);
        String requested = request.sortField();
        // Set.of(...).contains(null) throws, hence the null check first.
        String sort = requested != null && (textAttributes.contains(requested) || otherSortable.contains(requested))
                ? requested
                : defaultSort;
        select.where(filters(cb, row, request.filters(), textAttributes))
                .orderBy(request.ascending() ? cb.asc(row.get(sort)) : cb.desc(row.get(sort)), cb.asc(row.get("id")));
        List<T> items = em.createQuery(select)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> counted = count.from(type);
        count.select(cb.count(counted)).where(filters(cb, counted, request.filters(), textAttributes));
        long total = em.createQuery(count).getSingleResult();
        return new Page<>(items, request.first(), request.size(), total);
    }

    private static Predicate[] filters(
            CriteriaBuilder cb, Root<?> row, Map<String, String> filters, Set<String> textAttributes) {
        return filters.entrySet().stream()
                .filter(filter -> filter.getKey() != null && textAttributes.contains(filter.getKey()))
                .filter(filter ->
                        filter.getValue() != null && !filter.getValue().isBlank())
                .map(filter -> cb.like(
                        cb.lower(row.get(filter.getKey())),
                        "%" + escape(filter.getValue().strip().toLowerCase(Locale.ROOT)) + "%",
                        '\\'))
                .toArray(Predicate[]::new);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
