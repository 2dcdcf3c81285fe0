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
import java.time.Instant;
import java.util.Objects;
import org.marquee.core.platform.Money;

/**
 * The money asked of one provider for one order. The row exists before the provider is called,
 * so that a crash between the provider's answer and ours loses nothing: its reference is attached
 * afterwards, or found again through the order id the provider carries.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Provider provider;

    @Column(name = "payment_ref", length = 100)
    private String paymentRef;

    @Column(name = "capture_ref", length = 100)
    private String captureRef;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PaymentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 14)
    private Attention attention;

    @Column(length = 500)
    private String note;

    @Column(name = "refund_ref", length = 100)
    private String refundRef;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "retry_at")
    private Instant retryAt;

    @Version
    private long version;

    protected Payment() {}

    public Payment(long orderId, Provider provider, Money amount, Instant now) {
        if (amount.minor() <= 0) {
            throw new IllegalArgumentException("A payment is for a positive amount");
        }
        this.orderId = orderId;
        this.provider = Objects.requireNonNull(provider);
        this.amountMinor = amount.minor();
        this.currency = amount.currency();
        this.status = PaymentStatus.STARTED;
        this.createdAt = Objects.requireNonNull(now);
    }

    /**
     * The key that makes a retried create at the provider return the same payment. Its time part
     * keeps keys apart between databases (a demo started afresh) on one provider account.
     */
    public String idempotencyKey() {
        return "marquee-payment-" + id + "-" + createdAt.toEpochMilli();
    }

    /** The worker could not settle it this time: asked again from {@code when} on, after the others. */
    public void retryAt(Instant when) {
        retryAt = when;
    }

    /** The provider's reference, once it answered the create. */
    public void attach(String ref) {
        if (paymentRef != null && !paymentRef.equals(ref)) {
            throw new IllegalStateException("Payment " + id + " is " + paymentRef + " at " + provider + ", not " + ref);
        }
        paymentRef = Objects.requireNonNull(ref);
    }

    /** The money is taken and the order sold; {@code attention} says how, when an admin should know. */
    public void succeed(String capture, Attention why, Instant now) {
        requireStatus(PaymentStatus.STARTED, PaymentStatus.FAILED, PaymentStatus.ABANDONED);
        status = PaymentStatus.SUCCEEDED;
        captureRef = capture;
        attention = why;
        settledAt = now;
    }

    /**
     * The money is taken but the order cannot have it (seats gone, order cancelled or paid by
     * another payment, amount not matching): it is to be paid back, and an admin sees why.
     */
    public void refundDue(String capture, Attention why, String reason, Instant now) {
        requireStatus(PaymentStatus.STARTED, PaymentStatus.FAILED, PaymentStatus.ABANDONED);
        status = PaymentStatus.REFUND_DUE;
        captureRef = capture;
        attention = Objects.requireNonNull(why);
        note = shorten(reason);
        settledAt = now;
    }

    public void refunded(String ref, Instant now) {
        requireStatus(PaymentStatus.REFUND_DUE);
        status = PaymentStatus.REFUNDED;
        refundRef = ref;
        settledAt = now;
    }

    /** Declined by the provider; a later success (another card, a retry) still counts. */
    public void fail(String reason, Instant now) {
        requireStatus(PaymentStatus.STARTED);
        status = PaymentStatus.FAILED;
        note = shorten(reason);
        settledAt = now;
    }

    /** The buyer never finished and the order's hold ran out; a late success still counts. */
    public void abandon(Instant now) {
        requireStatus(PaymentStatus.STARTED);
        status = PaymentStatus.ABANDONED;
        settledAt = now;
    }

    /** A note for the admins, such as the provider's last refusal, keeping the status. */
    public void remark(String text) {
        note = shorten(text);
    }

    private void requireStatus(PaymentStatus... allowed) {
        for (PaymentStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new IllegalStateException("Payment " + id + " is " + status);
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

    public Provider provider() {
        return provider;
    }

    public String paymentRef() {
        return paymentRef;
    }

    public String captureRef() {
        return captureRef;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public PaymentStatus status() {
        return status;
    }

    public Attention attention() {
        return attention;
    }

    public String note() {
        return note;
    }

    public String refundRef() {
        return refundRef;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
