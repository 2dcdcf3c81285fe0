package org.marquee.core.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.marquee.core.platform.Money;

/**
 * One buyer's order for one session. Its id is the {@code eventSessionOrderId} that threads through
 * every step of the checkout. It is PENDING while the buyer chooses and pays, and holds its seats
 * until {@link #expireIfNotCompletedAt()}; after that nothing can be added to it and its seats
 * count as free. Only its token's holder may act on it.
 *
 * <p>The ticket count is changed only by {@link Orders} with one conditional statement per claim
 * (so that the per-order limit holds under concurrent claims), never through this entity.
 */
@Entity
@Table(name = "event_session_order")
public class EventSessionOrder {

    @Id
    @SequenceGenerator(name = "event_session_order_seq", sequenceName = "event_session_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_session_order_seq")
    private Long id;

    @Column(nullable = false, length = Pnr.LENGTH)
    private String pnr;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "buyer_id", updatable = false)
    private Long buyerId;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OrderStatus status;

    @Column(nullable = false, insertable = false, updatable = false)
    private int tickets;

    @Column(name = "max_tickets", nullable = false, updatable = false)
    private int maxTickets;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expire_if_not_completed_at", nullable = false)
    private Instant expireIfNotCompletedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Why a CANCELLED order closed (null in any other status). */
    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason", length = 20)
    private CancelReason cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "checkout_step", nullable = false, length = 20)
    private CheckoutStep checkoutStep = CheckoutStep.AMOUNT;

    @Column(name = "requested_tickets", nullable = false)
    private int requestedTickets;

    /** Tickets per public price category of the session; empty when it has none. */
    @ElementCollection
    @CollectionTable(name = "order_amount", joinColumns = @JoinColumn(name = "order_id"))
    @MapKeyColumn(name = "price_category_id")
    @Column(name = "tickets", nullable = false)
    private Map<Long, Integer> amounts = new LinkedHashMap<>();

    @Embedded
    private BuyerAddress address;

    @Column(name = "newsletter_opt_in", nullable = false)
    private boolean newsletterOptIn;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", length = 20)
    private PaymentMethod paymentMethod;

    /** The totals fixed when the buyer started to pay (null before): the charge is for exactly these. */
    @Column(length = 3)
    private String currency;

    @Column(name = "subtotal_minor")
    private Long subtotalMinor;

    @Column(name = "discount_minor")
    private Long discountMinor;

    @Column(name = "fee_minor")
    private Long feeMinor;

    @Column(name = "total_minor")
    private Long totalMinor;

    /** A payment was started and not settled yet: the reconciliation asks its provider before the order may expire. */
    @Column(name = "payment_open", nullable = false)
    private boolean paymentOpen;

    @Column(name = "paid_at")
    private Instant paidAt;

    /** What was paid back so far, in the order's currency (partial refunds keep the order PAID). */
    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;
    /** When the reminder of its session was handled (SessionReminders); null before. */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** The language of the page the buyer paid on, for the order's emails. */
    @Column(length = 8)
    private String language;

    @Version
    private long version;

    protected EventSessionOrder() {}

    /**
     * A PENDING order of a session, held for {@code hold} from {@code now}, for at most {@code
     * maxTickets} seats and places together.
     */
    public EventSessionOrder(
            long sessionId, Long buyerId, String tokenHash, Instant now, Duration hold, int maxTickets) {
        if (hold == null || hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("An order is held for a positive time");
        }
        if (maxTickets < 1 || maxTickets > 100) {
            throw new IllegalArgumentException("An order holds between 1 and 100 tickets");
        }
        if (tokenHash == null || tokenHash.length() != 64) {
            throw new IllegalArgumentException("An order needs the hash of its token");
        }
        this.sessionId = sessionId;
        this.buyerId = buyerId;
        this.tokenHash = tokenHash;
        this.status = OrderStatus.PENDING;
        this.maxTickets = maxTickets;
        this.createdAt = Objects.requireNonNull(now);
        this.expireIfNotCompletedAt = now.plus(hold);
    }

    /** Gives the order its reference once its id is known (after persist, before the insert). */
    void assignPnr() {
        if (id == null) {
            throw new IllegalStateException("An order gets its reference from its id");
        }
        pnr = Pnr.of(id);
    }

    /** Holds its seats and takes changes: PENDING and not past its expiry. */
    public boolean isLive(Instant now) {
        return ClaimRule.live(status, expireIfNotCompletedAt, now);
    }

    public boolean isExpired(Instant now) {
        return status == OrderStatus.PENDING && !now.isBefore(expireIfNotCompletedAt);
    }

    /** The order's own access, for ejb-core's callers that act for its buyer (the payments' confirmation). */
    OrderAccess ownAccess() {
        return new OrderAccess(id, tokenHash);
    }

    public boolean belongsTo(OrderAccess access) {
        return access != null && access.orderId() == id && tokenHash.equals(access.tokenHash());
    }

    /**
     * The buyer starts to pay: the totals become final (the charge is for exactly these), and the
     * hold is extended to {@code paymentHold} from now, but never past {@code paymentHold} beyond
     * the order's first expiry ({@code hold} after it started): a buyer cannot keep seats by
     * starting payments again and again. Returns whether a provider must take money (a total of
     * zero does not).
     */
    public boolean startPayment(
            OrderTotals totals, String pageLanguage, Instant now, Duration hold, Duration paymentHold) {
        if (!isLive(now)) {
            throw new IllegalStateException("Only a live order can be paid");
        }
        requireReached(CheckoutStep.PAYMENT);
        if (tickets < 1 || tickets != requestedTickets || totals.tickets() != tickets) {
            throw new SeatsMissing(requestedTickets, tickets);
        }
        if (paymentMethod == null) {
            throw new StepNotReached(CheckoutStep.PAYMENT, CheckoutStep.PAYMENT_METHOD);
        }
        currency = totals.total().currency();
        subtotalMinor = totals.subtotal().minor();
        discountMinor = totals.discount().minor();
        feeMinor = totals.fee().minor();
        totalMinor = totals.total().minor();
        language = pageLanguage;
        Instant cap = createdAt.plus(hold).plus(paymentHold);
        Instant extended = now.plus(paymentHold).isAfter(cap) ? cap : now.plus(paymentHold);
        if (extended.isAfter(expireIfNotCompletedAt)) {
            expireIfNotCompletedAt = extended;
        }
        paymentOpen = totalMinor > 0;
        return paymentOpen;
    }

    /**
     * The money is taken and every seat and place of the order is its own: PAID. A confirmation
     * after the hold ran out is fine here: the payments re-claimed the seats first, or refunded.
     */
    public void markPaid(Instant now) {
        if (totalMinor == null) {
            throw new IllegalStateException("An order is paid for the totals fixed when its payment started");
        }
        move(OrderStatus.PAID, now);
        paidAt = now;
        paymentOpen = false;
    }

    /** No payment of the order is open any more (settled, failed or abandoned): it may expire as any other. */
    public void paymentSettled() {
        paymentOpen = false;
    }

    /**
     * The buyer gave up or the hold ran out (PENDING), or the session or event was called off
     * (PENDING or PAID); the reason must fit: only a PENDING order past its hold expires, a paid
     * one closes only with its session or event.
     */
    public void cancel(CancelReason reason, Instant now) {
        Objects.requireNonNull(reason, "A cancellation has a reason");
        if (reason == CancelReason.EXPIRED && !isExpired(now)) {
            throw new IllegalStateException("Only a PENDING order past its hold expires");
        }
        if (reason != CancelReason.EVENT_CANCELLED && status == OrderStatus.PAID) {
            throw new IllegalStateException("A paid order is cancelled only with its session or event");
        }
        move(OrderStatus.CANCELLED, now);
        cancelReason = reason;
    }

    /** The day-before reminder was handled (queued, or none was due): never again for this order. */
    public void markReminded(Instant now) {
        if (remindedAt == null) {
            remindedAt = Objects.requireNonNull(now);
        }
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public void refund(Instant now) {
        move(OrderStatus.REFUNDED, now);
    }

    /**
     * Money of the paid order went back to its buyer. Never more than was paid; a refund recorded
     * after the order was cancelled with its session is counted too.
     */
    public void recordRefund(long minor) {
        if (status != OrderStatus.PAID && status != OrderStatus.REFUNDED && status != OrderStatus.CANCELLED) {
            throw new IllegalStateException("Only a paid order is refunded, not a " + status + " one");
        }
        if (minor < 0 || totalMinor == null || refundedMinor + minor > totalMinor) {
            throw new IllegalStateException("Order " + id + " cannot have " + minor + " more refunded");
        }
        refundedMinor += minor;
    }

    /** What was paid back so far. */
    public java.util.Optional<Money> refunded() {
        return currency == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(Money.ofMinor(refundedMinor, currency));
    }

    private void move(OrderStatus target, Instant now) {
        status = status.moveTo(target);
        closedAt = Objects.requireNonNull(now);
    }

    /**
     * Whether n more tickets fit, counting what it holds now: within the number asked for at the
     * amount step once chosen (a buyer never holds more seats than tickets), else the order's limit.
     */
    public boolean hasRoomFor(int more) {
        return more > 0 && tickets + more <= ClaimRule.limit(requestedTickets, maxTickets);
    }

    /**
     * Refuses a change of the order's seats by someone other than its buyer, after it closed, or
     * after its hold ran out; in that order, so that a stranger learns nothing about the order.
     */
    public void checkChangeableBy(OrderAccess access, Instant now) {
        if (!belongsTo(access)) {
            throw new NotYourOrder(access == null ? -1 : access.orderId());
        }
        if (status != OrderStatus.PENDING) {
            throw new OrderClosed(pnr, status);
        }
        if (!now.isBefore(expireIfNotCompletedAt)) {
            throw new OrderExpired(pnr, expireIfNotCompletedAt);
        }
    }

    /** Refuses adding n tickets, for the reasons of {@link #checkChangeableBy} or the order's limit. */
    public void checkCanAdd(OrderAccess access, int more, Instant now) {
        checkChangeableBy(access, now);
        if (!hasRoomFor(more)) {
            if (requestedTickets > 0 && tickets + more <= maxTickets) {
                throw new AmountReached(requestedTickets, tickets);
            }
            throw new TicketLimitReached(maxTickets, tickets, more);
        }
    }

    /**
     * The amount step: how many tickets, in total or per price category (then the total is their
     * sum), within the order's limit. The seats or places are chosen later and must match it.
     */
    public void chooseAmount(int total, Map<Long, Integer> perCategory) {
        Map<Long, Integer> chosen = new LinkedHashMap<>();
        perCategory.forEach((category, count) -> {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("Choose zero or more tickets of each kind");
            }
            if (count > 0) {
                chosen.put(category, count);
            }
        });
        int sum = chosen.isEmpty()
                ? total
                : chosen.values().stream().mapToInt(Integer::intValue).sum();
        if (!chosen.isEmpty() && total != sum) {
            throw new IllegalArgumentException("The tickets per kind add up to " + sum + ", not " + total);
        }
        if (sum < 1) {
            throw new IllegalArgumentException("Choose at least one ticket");
        }
        if (sum > maxTickets) {
            throw new TicketLimitReached(maxTickets, 0, sum);
        }
        if (sum < tickets) {
            // Fewer tickets than seats held would leave seats held that nobody pays for.
            throw new AmountBelowHeld(sum, tickets);
        }
        requestedTickets = sum;
        amounts.clear();
        amounts.putAll(chosen);
        reach(CheckoutStep.ADDRESS);
    }

    /** The address step; the newsletter box is unticked unless the buyer ticked it. */
    public void giveAddress(BuyerAddress newAddress, boolean newsletter) {
        requireReached(CheckoutStep.ADDRESS);
        address = Objects.requireNonNull(newAddress);
        newsletterOptIn = newsletter;
        reach(CheckoutStep.SEATS);
    }

    /** The seat step is done when the order holds exactly the tickets asked for. */
    public void confirmSeats(int held) {
        requireReached(CheckoutStep.SEATS);
        if (held != requestedTickets) {
            throw new SeatsMissing(requestedTickets, held);
        }
        reach(CheckoutStep.PAYMENT_METHOD);
    }

    public void choosePaymentMethod(PaymentMethod method, int held) {
        requireReached(CheckoutStep.PAYMENT_METHOD);
        if (held != requestedTickets) {
            throw new SeatsMissing(requestedTickets, held);
        }
        paymentMethod = Objects.requireNonNull(method);
        reach(CheckoutStep.PAYMENT);
    }

    /** Refuses a step the order has not reached: steps are taken in order. */
    public void requireReached(CheckoutStep step) {
        if (step.isAfter(checkoutStep)) {
            throw new StepNotReached(step, checkoutStep);
        }
    }

    private void reach(CheckoutStep step) {
        if (step.isAfter(checkoutStep)) {
            checkoutStep = step;
        }
    }

    /** The database keeps the count (see {@link Orders}); a loaded order carries it, tests set it. */
    void ticketsHeld(int count) {
        if (count < 0 || count > maxTickets) {
            throw new IllegalArgumentException("An order holds between 0 and " + maxTickets + " tickets");
        }
        tickets = count;
    }

    public Long id() {
        return id;
    }

    public String pnr() {
        return pnr;
    }

    public long sessionId() {
        return sessionId;
    }

    public Long buyerId() {
        return buyerId;
    }

    public OrderStatus status() {
        return status;
    }

    public int tickets() {
        return tickets;
    }

    public int maxTickets() {
        return maxTickets;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expireIfNotCompletedAt() {
        return expireIfNotCompletedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public CancelReason cancelReason() {
        return cancelReason;
    }

    /** The state staff read: EXPIRED apart from a real cancellation. */
    public OrderState state(Instant now) {
        return OrderState.of(status, cancelReason, isExpired(now));
    }

    public CheckoutStep checkoutStep() {
        return checkoutStep;
    }

    public int requestedTickets() {
        return requestedTickets;
    }

    public Map<Long, Integer> amounts() {
        return Collections.unmodifiableMap(amounts);
    }

    public BuyerAddress address() {
        return address;
    }

    public boolean newsletterOptIn() {
        return newsletterOptIn;
    }

    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    /** What the buyer pays, fixed when the payment started; empty before. */
    public java.util.Optional<Money> total() {
        return totalMinor == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(Money.ofMinor(totalMinor, currency));
    }

    /** The totals fixed when the payment started, or null before. */
    public FixedTotals fixedTotals() {
        return totalMinor == null
                ? null
                : new FixedTotals(
                        Money.ofMinor(subtotalMinor, currency),
                        Money.ofMinor(discountMinor, currency),
                        Money.ofMinor(feeMinor, currency),
                        Money.ofMinor(totalMinor, currency));
    }

    public boolean paymentOpen() {
        return paymentOpen;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public String language() {
        return language;
    }
}
