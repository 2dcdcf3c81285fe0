package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStatusTest {

    @Test
    void movesOnlyForward() {
        assertEquals(EnumSet.of(OrderStatus.PAID, OrderStatus.CANCELLED), OrderStatus.PENDING.next());
        assertEquals(EnumSet.of(OrderStatus.REFUNDED, OrderStatus.CANCELLED), OrderStatus.PAID.next());
        assertTrue(OrderStatus.CANCELLED.isFinal());
        assertTrue(OrderStatus.REFUNDED.isFinal());
        assertFalse(OrderStatus.PENDING.isFinal());
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void everyMoveNotListedIsRefused(OrderStatus from) {
        Set<OrderStatus> allowed = from.next();
        for (OrderStatus to : OrderStatus.values()) {
            if (allowed.contains(to)) {
                assertEquals(to, from.moveTo(to));
            } else {
                IllegalStateException refused = assertThrows(IllegalStateException.class, () -> from.moveTo(to));
                assertTrue(refused.getMessage().contains(from + " to " + to), refused.getMessage());
            }
        }
        assertFalse(from.canMoveTo(from), "a transition happens once");
        assertFalse(from.canMoveTo(null));
    }
}
