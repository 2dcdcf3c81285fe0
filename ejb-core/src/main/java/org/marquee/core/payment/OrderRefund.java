package org.marquee.core.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.marquee.core.inventory.SoldTickets;
import org.marquee.core.platform.Money;

/**
 * Money of a paid order asked back from the provider that took it. The row exists before the
 * provider is called (the intent), and its idempotency key goes with every attempt, so a refund
 * retried after a timeout or a crash pays once. It names the tickets it gives back, if any, and
 * whether it is the whole order.
 */
@Entity
@Table(name = "order_refund")
public class OrderRefund {

    /** After this many failed attempts the refund waits an hour between attempts. */
    static final List<Duration> BACK_OFF = List.of(
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(1));

    @Id
    @SequenceGenerator(name = "order_refund_seq", sequenceName = "order_refund_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_refund_seq")
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "payment_id", updatable = false)
    private Long paymentId;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RefundStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private RefundReason reason;

    @Column(name = "whole_order", nullable = false, updatable = false)
    private boolean wholeOrder;

    @Column(name = "seat_ids", updatable = false, length = 2000)
    private String seatKeys;

    @Column(name = "places", updatable = false, length = 2000)
    private String placeKeys;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 320)
    private String requestedBy;

    @Column(name = "refund_ref", length = 100)
    private String refundRef;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "retry_at")
    private Instant retryAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    private long version;

    protected OrderRefund() {}

    public OrderRefund(
            long orderId,
            Long paymentId,
            Money amount,
            RefundReason reason,
            boolean wholeOrder,
            SoldTickets tickets,
            String requestedBy,
            Instant now) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A refund is never negative");
        }
        if (amount.minor() > 0 && paymentId == null) {
            throw new IllegalArgumentException("Money goes back through the payment that took it");
        }
        this.orderId = orderId;
        this.paymentId = paymentId;
        this.amountMinor = amount.minor();
        this.currency = amount.currency();
        this.reason = Objects.requireNonNull(reason);
        this.wholeOrder = wholeOrder;
        this.seatKeys = join(tickets.seatIds().stream().map(TicketKey::seat).toList());
        this.placeKeys = join(tickets.places().stream().map(TicketKey::place).toList());
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.status = RefundStatus.REQUESTED;
        this.createdAt = Objects.requireNonNull(now);
        this.retryAt = now;
    }

    private static String join(List<String> keys) {
        return keys.isEmpty() ? null : String.join(",", keys);
    }

    /** The key that makes every attempt of this refund one refund at the provider. */
    public String idempotencyKey() {
        return "marquee-order-refund-" + id + "-" + createdAt.toEpochMilli();
    }

    /** Taken by a worker (or the staff member's request) until {@code until}: nobody else calls meanwhile. */
    void lease(Instant until) {
        attempts++;
        retryAt = until;
    }

    /** The provider paid it back. */
    void succeed(String ref, Instant now) {
        requireRequested();
        status = RefundStatus.SUCCEEDED;
        refundRef = ref;
        lastError = null;
        retryAt = null;
        settledAt = now;
    }

    /** The provider accepted it and is still paying it back: asked again later with the same key. */
    void pendingAtProvider(String ref, Instant now) {
        refundRef = ref;
        retryAt = now.plus(Duration.ofMinutes(1));
        lastError = "Pending at the provider";
    }

    /** The call failed without a decision: asked again after a back-off that grows with the attempts. */
    void retryLater(String error, Instant now) {
        lastError = shorten(error);
        retryAt = now.plus(BACK_OFF.get(Math.min(Math.max(attempts, 1), BACK_OFF.size()) - 1));
    }

    /** The provider refused it as asked: nothing was paid; its amount may be refunded again. */
    void fail(String error, Instant now) {
        requireRequested();
        status = RefundStatus.FAILED;
        lastError = shorten(error);
        retryAt = null;
        settledAt = now;
    }

    private void requireRequested() {
        if (status != RefundStatus.REQUESTED) {
            throw new IllegalStateException("Refund " + id + " is " + status);
        }
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public Long paymentId() {
        return paymentId;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public RefundStatus status() {
        return status;
    }

    public RefundReason reason() {
        return reason;
    }

    public boolean wholeOrder() {
        return wholeOrder;
    }

    public SoldTickets tickets() {
        return TicketKey.split(seatKeys, placeKeys);
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String refundRef() {
        return refundRef;
    }

    public int attempts() {
        return attempts;
    }

    public Instant retryAt() {
        return retryAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
