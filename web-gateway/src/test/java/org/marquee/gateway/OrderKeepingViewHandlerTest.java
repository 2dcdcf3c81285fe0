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

    @Test
    void aRedirectNamesTheOrderOnce() {
        assertEquals(
                "/checkout/address.xhtml?order=2",
                OrderKeepingViewHandler.onceOnly("/checkout/address.xhtml?order=2&order=2"));
        assertEquals(
                "/checkout/address.xhtml?order=2&x=1",
                OrderKeepingViewHandler.onceOnly("/checkout/address.xhtml?order=2&x=1&order=2"));
        assertEquals(
                "/checkout/address.xhtml?order=2&order=23",
                OrderKeepingViewHandler.onceOnly("/checkout/address.xhtml?order=2&order=23"),
                "another order is not this one's repetition");
        assertEquals("/checkout/address.xhtml", OrderKeepingViewHandler.onceOnly("/checkout/address.xhtml"));
    }
}
