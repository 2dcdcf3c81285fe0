package org.marquee.core.order;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which waiting seat claims go into one statement: in arrival order, at most {@code max}, no two
 * for the same order and no two for the same seat. One order per group keeps the order's limit
 * exact (the statement counts one ticket in per order); one claim per seat keeps the answer
 * simple (a second buyer of the seat asks in the next group and is told it is taken). What is
 * left out goes back to the front of the queue, in its order.
 */
final class ClaimGroup {

    private ClaimGroup() {}

    /** Takes the group off the front of the queue; the caller must be the queue's only taker. */
    static <C extends Claim> List<C> take(Deque<C> queue, int max) {
        List<C> group = new ArrayList<>(Math.min(max, 64));
        Set<Long> orders = new HashSet<>();
        Set<Long> seats = new HashSet<>();
        Deque<C> later = new ArrayDeque<>();
        C claim;
        while (group.size() < max && (claim = queue.pollFirst()) != null) {
            if (orders.contains(claim.orderId()) || seats.contains(claim.seatId())) {
                later.addLast(claim);
            } else {
                orders.add(claim.orderId());
                seats.add(claim.seatId());
                group.add(claim);
            }
        }
        while (!later.isEmpty()) {
            queue.addFirst(later.pollLast());
        }
        return group;
    }

    /** What a group needs to know of a claim. */
    interface Claim {
        long orderId();

        long seatId();
    }
}
