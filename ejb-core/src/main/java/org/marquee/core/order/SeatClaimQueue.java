package org.marquee.core.order;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.core.inventory.SeatHold;
import org.marquee.core.platform.DatabaseVendor;

/**
 * get-seat for many buyers at once: the claims of the same moment wait in one queue, and one task
 * on the container's managed executor takes them off in groups ({@link ClaimGroup}) and has
 * {@link GroupedSeatClaims} grant each group with one statement. While a group runs, the next one
 * gathers. At most one task drains the queue at a time, so a node sends PostgreSQL one group at a
 * time; a claim that arrives when none runs starts one.
 *
 * <p>The caller (the checkout's get-seat filter, a test) gets a future and may wait on it in its own
 * thread: nothing waits inside an EJB, and the executor's thread never waits for a claim. The
 * future always completes: with the hold the group granted, or empty for "claim the single way"
 * ({@link SeatClaims#claim}, which decides again and says why it refuses), also when the group's
 * statement failed or the executor refused the task. On H2 (the embedded demo) it is empty at once.
 */
@ApplicationScoped
public class SeatClaimQueue {

    /** The most claims in one statement. */
    static final int MAX_GROUP = 64;

    private static final Logger LOG = Logger.getLogger(SeatClaimQueue.class.getName());

    private final ConcurrentLinkedDeque<Waiting> queue = new ConcurrentLinkedDeque<>();

    /** Whether a task drains the queue now; only that task takes from it. */
    private final AtomicBoolean draining = new AtomicBoolean();

    @EJB
    private GroupedSeatClaims groups;

    @Resource
    private ManagedExecutorService managedExecutor;

    @Inject
    private DatabaseVendor vendor;

    /** The managed executor in the server; a test's own in a unit test. */
    private Executor executor;

    SeatClaimQueue() {}

    SeatClaimQueue(GroupedSeatClaims groups, Executor executor, DatabaseVendor vendor) {
        this.groups = groups;
        this.executor = executor;
        this.vendor = vendor;
    }

    @PostConstruct
    void useManagedExecutor() {
        executor = managedExecutor;
    }

    /** The claim, offered to the next group. */
    public CompletableFuture<Optional<SeatHold>> offer(OrderAccess access, long seatId) {
        if (vendor != DatabaseVendor.POSTGRESQL) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Waiting waiting = new Waiting(access, seatId);
        queue.addLast(waiting);
        startDraining();
        return waiting.answer;
    }

    /**
     * The group's part alone, waited for in the caller's thread: the hold if a group granted it,
     * else nothing, and then the caller asks {@link SeatClaims#claim}. Not for an EJB's thread.
     */
    public Optional<SeatHold> claimTogether(OrderAccess access, long seatId) {
        return offer(access, seatId).join();
    }

    private void startDraining() {
        if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                LOG.log(
                        Level.WARNING,
                        "The managed executor refused the seat claims' group; they are claimed one by one",
                        e);
                Waiting waiting;
                while ((waiting = queue.pollFirst()) != null) {
                    waiting.answer.complete(Optional.empty());
                }
            }
        }
    }

    /** Runs groups until the queue is empty, then lets the next arrival start a new task. */
    void drain() {
        try {
            List<Waiting> group;
            while (!(group = ClaimGroup.take(queue, MAX_GROUP)).isEmpty()) {
                Map<Integer, SeatHold> granted = Map.of();
                try {
                    granted = groups.grant(group);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A group of seat claims could not run; they are claimed one by one", e);
                } finally {
                    for (int i = 0; i < group.size(); i++) {
                        group.get(i).answer.complete(Optional.ofNullable(granted.get(i)));
                    }
                }
            }
        } finally {
            draining.set(false);
            // A claim queued after the last take and before the flag fell would wait for nobody.
            startDraining();
        }
    }

    /** A buyer's claim while it waits for its group. */
    private record Waiting(OrderAccess access, long seatId, CompletableFuture<Optional<SeatHold>> answer)
            implements GroupedSeatClaims.GroupClaim {

        Waiting(OrderAccess access, long seatId) {
            this(access, seatId, new CompletableFuture<>());
        }
    }
}
