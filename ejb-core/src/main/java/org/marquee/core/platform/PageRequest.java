package org.marquee.core.platform;

import java.util.Map;

/**
 * Which page of a list to read: where it starts, how long it is, the attribute to sort on and
 * the text filters per attribute. Services accept only the attributes they name.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.max(1, Math.min(size, MAX_SIZE));
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true, Map.of());
    }
}
