package org.marquee.core.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one page of an entity list with sorting and filtering done by the database, on
 * attributes the caller allows: anything else in a request is ignored, so no request can sort
 * or filter on a column it should not see. Attributes may be paths such as {@code city.name}
 * (to-one associations only: they become joins of the row's own query).
 */
public final class Paging {

    private Paging() {}

    /** A further condition every row of the list must meet, such as "holds this role". */
    @FunctionalInterface
    public interface Restriction<T> {
        Predicate on(CriteriaBuilder cb, Root<T> row);
    }

    public static <T> Page<T> page(
            EntityManager em,
            Class<T> type,
            PageRequest request,
            Set<String> textAttributes,
            Set<String> otherSortable,
            String defaultSort) {
        return page(em, type, request, textAttributes, otherSortable, defaultSort, null);
    }

    /**
     * @param textAttributes attributes that may be filtered ("contains, ignoring case") and sorted;
     *     a dotted path ("city.name") reaches through a required to-one relation
     * @param otherSortable further attributes that may be sorted on
     * @param defaultSort the attribute to sort on when the request names none it may use
     */
    public static <T> Page<T> page(
            EntityManager em,
            Class<T> type,
            PageRequest request,
            Set<String> textAttributes,
            Set<String> otherSortable,
            String defaultSort,
            Restriction<T> restriction) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> row = select.from(type);
        String requested = request.sortField();
        // Set.of(...).contains(null) throws, hence the null check first.
        String sort = requested != null && (textAttributes.contains(requested) || otherSortable.contains(requested))
                ? requested
                : defaultSort;
        Expression<?> sorted = path(row, sort);
        select.where(conditions(cb, row, request.filters(), textAttributes, restriction))
                .orderBy(request.ascending() ? cb.asc(sorted) : cb.desc(sorted), cb.asc(row.get(idAttribute(row))));
        List<T> items = em.createQuery(select)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> counted = count.from(type);
        count.select(cb.count(counted)).where(conditions(cb, counted, request.filters(), textAttributes, restriction));
        long total = em.createQuery(count).getSingleResult();
        return new Page<>(items, request.first(), request.size(), total);
    }

    private static <T> Predicate[] conditions(
            CriteriaBuilder cb,
            Root<T> row,
            Map<String, String> filters,
            Set<String> textAttributes,
            Restriction<T> restriction) {
        List<Predicate> all = new ArrayList<>(List.of(filters(cb, row, filters, textAttributes)));
        if (restriction != null) {
            all.add(restriction.on(cb, row));
        }
        return all.toArray(Predicate[]::new);
    }

    /** The identifier breaks ties so that pages never overlap, whatever it is called. */
    private static String idAttribute(Root<?> row) {
        EntityType<?> model = row.getModel();
        return model.getId(model.getIdType().getJavaType()).getName();
    }

    private static Predicate[] filters(
            CriteriaBuilder cb, Root<?> row, Map<String, String> filters, Set<String> textAttributes) {
        return filters.entrySet().stream()
                .filter(filter -> filter.getKey() != null && textAttributes.contains(filter.getKey()))
                .filter(filter ->
                        filter.getValue() != null && !filter.getValue().isBlank())
                .map(filter -> cb.like(
                        cb.lower(path(row, filter.getKey()).as(String.class)),
                        "%" + escape(filter.getValue().strip().toLowerCase(Locale.ROOT)) + "%",
                        '\\'))
                .toArray(Predicate[]::new);
    }

    /** Each step of a dotted path is an inner join, so only required relations belong in one. */
    private static <X> Path<X> path(Root<?> row, String attribute) {
        Path<?> path = row;
        for (String step : attribute.split("\\.")) {
            path = path.get(step);
        }
        @SuppressWarnings("unchecked")
        Path<X> typed = (Path<X>) path;
        return typed;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
