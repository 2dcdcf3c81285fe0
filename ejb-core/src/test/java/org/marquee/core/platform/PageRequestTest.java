package org.marquee.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void outOfRangeValuesAreBroughtIntoRange() {
        PageRequest request = new PageRequest(-5, 10_000, null, true, null);

        assertEquals(0, request.first());
        assertEquals(PageRequest.MAX_SIZE, request.size());
        assertTrue(request.filters().isEmpty());
    }

    @Test
    void filtersAreCopied() {
        Map<String, String> filters = new HashMap<>(Map.of("name", "a"));
        PageRequest request = new PageRequest(0, 10, "name", true, filters);
        filters.put("slug", "b");

        assertEquals(Map.of("name", "a"), request.filters());
    }
}
