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
import java.time.Instant;
import java.util.Objects;

/**
 * A verified webhook event as it arrived, once per provider event id (a unique key): a delivery
 * of an event stored before changes nothing. Its outcome says what it did.
 */
@Entity
@Table(name = "payment_event")
public class PaymentEventRecord {

    @Id
    @SequenceGenerator(name = "payment_event_seq", sequenceName = "payment_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_event_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Provider provider;

    @Column(name = "event_id", nullable = false, updatable = false, length = 100)
    private String eventId;

    @Column(nullable = false, updatable = false, length = 60)
    private String type;

    @Column(name = "payment_ref", updatable = false, length = 100)
    private String paymentRef;

    @Column(name = "order_id")
    private Long orderId;

    @Column(nullable = false, length = 30)
    private String outcome;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, updatable = false)
    private String payload;

    /** The outcome of an event whose handling failed: a later delivery handles it again. */
    static final String FAILED = "ERROR";

    static final String RECEIVED = "RECEIVED";

    private static final java.util.Set<String> DECISIVE = java.util.Set.of("PAID", "REFUND_DUE", "FAILED");

    protected PaymentEventRecord() {}

    PaymentEventRecord(Provider provider, WebhookEvent event, String payload, Instant now) {
        this.provider = Objects.requireNonNull(provider);
        this.eventId = Objects.requireNonNull(event.eventId());
        this.type = event.type().length() > 60 ? event.type().substring(0, 60) : event.type();
        this.paymentRef = event.payment().map(ProviderState::paymentRef).orElse(null);
        this.orderId = event.payment().map(ProviderState::orderId).orElse(null);
        this.outcome = RECEIVED;
        this.receivedAt = Objects.requireNonNull(now);
        this.payload = payload;
    }

    /**
     * A delivery of an event whose handling failed or never finished (the node died, the database
     * went away): handled again. Handling is idempotent under the order's lock, so a second run
     * beside a first one still in progress changes nothing twice.
     */
    boolean retry() {
        if (!FAILED.equals(outcome) && !RECEIVED.equals(outcome)) {
            return false;
        }
        outcome = RECEIVED;
        return true;
    }

    /** What the event did; a decisive outcome (it paid, refused or failed a payment) is not overwritten. */
    void outcome(String what, Long order) {
        if (DECISIVE.contains(outcome)) {
            return;
        }
        outcome = what;
        if (order != null) {
            orderId = order;
        }
    }

    public Long id() {
        return id;
    }

    public Provider provider() {
        return provider;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String paymentRef() {
        return paymentRef;
    }

    public Long orderId() {
        return orderId;
    }

    public String outcome() {
        return outcome;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
