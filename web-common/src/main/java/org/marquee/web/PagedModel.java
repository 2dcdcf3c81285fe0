package org.marquee.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over a service's paged query: paging, sorting and filtering happen in
 * the database, one page at a time. The one table model of every panel.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    /** Reads a page from a service; serializable so view-scoped beans can hold it. */
    @FunctionalInterface
    public interface Loader<T> extends Function<PageRequest, Page<T>>, Serializable {}

    private final Loader<T> loader;
    private final SerializableKey<T> key;

    /** The row key of an item, for selection. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {}

    public PagedModel(Loader<T> loader, SerializableKey<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(
                Integer.MAX_VALUE,
                loader.apply(request(0, 1, Map.of(), filterBy)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.apply(request(first, pageSize, sortBy, filterBy)).items();
    }

    @Override
    public String getRowKey(T item) {
        return String.valueOf(key.apply(item));
    }

    private static PageRequest request(
            int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        Map<String, String> filters = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null) {
                filters.put(field, String.valueOf(meta.getFilterValue()));
            }
        });
        return new PageRequest(
                first,
                size,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING,
                filters);
    }
}
