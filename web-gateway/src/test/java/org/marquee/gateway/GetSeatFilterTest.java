package org.marquee.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GetSeatFilterTest {

    @Test
    void readsTheOrderAndTheSeatOfAGetSeatPath() {
        assertArrayEquals(new long[] {12, 3456}, GetSeatFilter.orderAndSeat("/api/orders/12/seats/3456"));
    }

    @Test
    void leavesEveryOtherPathToTheApi() {
        for (String path : new String[] {
            "/api/orders",
            "/api/orders/12",
            "/api/orders/12/seats",
            "/api/orders/12/seats/",
            "/api/orders/12/seats/34/",
            "/api/orders/12/sections/3/places",
            "/api/orders/12/promo",
            "/api/orders/-1/seats/2",
            "/api/orders/1/seats/2x",
            "/api/orders/1/seats/%32",
            "/api/orders//seats/2",
            "/api/orders/1/seats/12345678901234567890",
            "/api/sessions/1/seats/2"
        }) {
            assertNull(GetSeatFilter.orderAndSeat(path), path);
        }
    }
}
