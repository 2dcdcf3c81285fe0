package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimGroupTest {

    private record Click(long orderId, long seatId) implements ClaimGroup.Claim {}

    private static Deque<Click> queue(Click... clicks) {
        return new ArrayDeque<>(List.of(clicks));
    }

    @Test
    void takesWaitingClaimsInTheirOrder() {
        Deque<Click> queue = queue(new Click(1, 10), new Click(2, 20), new Click(3, 30));
        assertEquals(List.of(new Click(1, 10), new Click(2, 20), new Click(3, 30)), ClaimGroup.take(queue, 64));
        assertTrue(queue.isEmpty());
    }

    @Test
    void aSecondClaimOfTheSameOrderOrSeatWaitsForTheNextGroupAtTheFront() {
        Deque<Click> queue =
                queue(new Click(1, 10), new Click(1, 11), new Click(2, 10), new Click(3, 30), new Click(1, 12));
        assertEquals(List.of(new Click(1, 10), new Click(3, 30)), ClaimGroup.take(queue, 64));
        assertEquals(List.of(new Click(1, 11), new Click(2, 10), new Click(1, 12)), new ArrayList<>(queue));
        assertEquals(List.of(new Click(1, 11), new Click(2, 10)), ClaimGroup.take(queue, 64));
        assertEquals(List.of(new Click(1, 12)), ClaimGroup.take(queue, 64));
        assertTrue(ClaimGroup.take(queue, 64).isEmpty());
    }

    @Test
    void aGroupStopsAtItsSizeAndLeavesTheRestWaiting() {
        Deque<Click> queue = new ArrayDeque<>();
        for (int i = 0; i < 100; i++) {
            queue.add(new Click(i, 1000 + i));
        }
        List<Click> group = ClaimGroup.take(queue, 64);
        assertEquals(64, group.size());
        assertEquals(new Click(63, 1063), group.get(63));
        assertEquals(36, queue.size());
        assertEquals(new Click(64, 1064), queue.peekFirst());
    }
}
