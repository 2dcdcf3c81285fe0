package org.marquee.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrderKeepingViewHandlerTest {

    @Test
    void aFormOfAnOrdersPagePostsBackWithTheOrder() {
        assertEquals(
                "/checkout/seats.xhtml?order=42", OrderKeepingViewHandler.withOrder("/checkout/seats.xhtml", "42"));
        assertEquals(
                "/checkout/seats.xhtml?x=1&order=42",
                OrderKeepingViewHandler.withOrder("/checkout/seats.xhtml?x=1", "42"));
    }

    @Test
    void nothingIsAddedTwiceNorAnythingButAnId() {
        assertEquals(
                "/checkout/seats.xhtml?order=7",
                OrderKeepingViewHandler.withOrder("/checkout/seats.xhtml?order=7", "7"));
        assertEquals("/checkout/", OrderKeepingViewHandler.withOrder("/checkout/", null));
        assertEquals("/checkout/a.xhtml", OrderKeepingViewHandler.withOrder("/checkout/a.xhtml", "7&evil=1"));
    }
}
