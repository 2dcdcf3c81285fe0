package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.inventory.SeatHold;
import org.marquee.core.platform.DatabaseVendor;

/** The queue of simultaneous seat claims, with real threads and a stand-in for the group's statement. */
class SeatClaimQueueTest {

    private static final Instant UNTIL = Instant.parse("2026-12-07T10:00:00Z");

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** Grants the even seats, and checks what a group may hold and that only one group runs at a time. */
    private static final class Statement extends GroupedSeatClaims {

        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger overlaps = new AtomicInteger();
        final AtomicInteger groups = new AtomicInteger();
        final AtomicInteger claims = new AtomicInteger();
        final List<String> faults = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public Map<Integer, SeatHold> grant(List<? extends GroupClaim> group) {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                groups.incrementAndGet();
                claims.addAndGet(group.size());
                Set<Long> orders = new HashSet<>();
                Set<Long> seats = new HashSet<>();
                Map<Integer, SeatHold> granted = new HashMap<>();
                if (group.size() > SeatClaimQueue.MAX_GROUP) {
                    faults.add("a group of " + group.size());
                }
                for (int i = 0; i < group.size(); i++) {
                    GroupClaim claim = group.get(i);
                    if (!orders.add(claim.orderId()) || !seats.add(claim.seatId())) {
                        faults.add("twice in one group: " + claim.orderId() + "/" + claim.seatId());
                    }
                    if (claim.seatId() % 2 == 0) {
                        granted.put(i, new SeatHold(claim.orderId(), 1, claim.seatId(), UNTIL));
                    }
                }
                return granted;
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void everyClaimOfManyThreadsIsAnsweredByOneGroupAtATime() throws Exception {
        Statement statement = new Statement();
        SeatClaimQueue queue = new SeatClaimQueue(statement, executor, DatabaseVendor.POSTGRESQL);
        int buyers = 8;
        int claimsEach = 300;
        ExecutorService buyerThreads = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<String>>> results = new ArrayList<>();
        for (int b = 0; b < buyers; b++) {
            long order = b;
            results.add(CompletableFuture.supplyAsync(
                    () -> {
                        List<String> wrong = new ArrayList<>();
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        for (long seat = 0; seat < claimsEach; seat++) {
                            // The same seat is wanted by every buyer: a group takes it once.
                            Optional<SeatHold> held = queue.claimTogether(OrderAccess.of(order, "t"), seat);
                            long wanted = seat;
                            if (held.isPresent() != (seat % 2 == 0)
                                    || held.map(h -> h.orderId() != order || h.seatId() != wanted)
                                            .orElse(false)) {
                                wrong.add(order + "/" + seat + " -> " + held);
                            }
                        }
                        return wrong;
                    },
                    buyerThreads));
        }
        start.countDown();
        for (CompletableFuture<List<String>> result : results) {
            assertEquals(List.of(), result.get(60, TimeUnit.SECONDS));
        }
        buyerThreads.shutdownNow();
        assertEquals(List.of(), statement.faults);
        assertEquals(0, statement.overlaps.get(), "groups ran side by side");
        assertEquals(buyers * claimsEach, statement.claims.get(), "every claim in exactly one group");
    }

    @Test
    void aFailedGroupAndARefusedTaskSendEveryClaimTheSingleWay() throws Exception {
        GroupedSeatClaims failing = new GroupedSeatClaims() {
            @Override
            public Map<Integer, SeatHold> grant(List<? extends GroupClaim> group) {
                throw new IllegalStateException("the connection is gone");
            }
        };
        SeatClaimQueue broken = new SeatClaimQueue(failing, executor, DatabaseVendor.POSTGRESQL);
        assertFalse(broken.offer(OrderAccess.of(1, "t"), 2)
                .get(10, TimeUnit.SECONDS)
                .isPresent());

        SeatClaimQueue refused = new SeatClaimQueue(
                new Statement(),
                task -> {
                    throw new RejectedExecutionException("shut down");
                },
                DatabaseVendor.POSTGRESQL);
        assertFalse(refused.offer(OrderAccess.of(1, "t"), 2)
                .get(10, TimeUnit.SECONDS)
                .isPresent());
        // The flag fell: a later claim still gets an answer.
        assertFalse(refused.offer(OrderAccess.of(2, "t"), 4)
                .get(10, TimeUnit.SECONDS)
                .isPresent());
    }

    @Test
    void theEmbeddedDatabaseClaimsTheSingleWayAtOnce() throws Exception {
        Statement statement = new Statement();
        SeatClaimQueue queue = new SeatClaimQueue(statement, executor, DatabaseVendor.H2);
        assertFalse(
                queue.offer(OrderAccess.of(1, "t"), 2).get(1, TimeUnit.SECONDS).isPresent());
        assertEquals(0, statement.groups.get());
    }
}
