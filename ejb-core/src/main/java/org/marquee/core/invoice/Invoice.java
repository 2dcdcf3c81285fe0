package org.marquee.core.invoice;

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
import org.marquee.core.platform.Money;

/**
 * An issued invoice or credit note. Nothing of it changes after it is issued (every column is
 * {@code updatable = false}): the document as rendered is stored with its number, and the HTML
 * view and the PDF are made from it.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private InvoiceKind kind;

    @Column(nullable = false, updatable = false, length = 20)
    private String issuer;

    @Column(name = "issue_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "seq_no", nullable = false, updatable = false)
    private int seqNo;

    @Column(nullable = false, updatable = false, length = 20)
    private String number;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    /** The order, on its invoice only: one invoice per order (unique). */
    @Column(name = "invoice_of", updatable = false)
    private Long invoiceOf;

    @Column(name = "refers_to", updatable = false)
    private Long refersTo;

    @Column(name = "refund_id", updatable = false)
    private Long refundId;

    @Column(name = "vat_rate_bp", nullable = false, updatable = false)
    private int vatRateBasisPoints;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "total_minor", nullable = false, updatable = false)
    private long totalMinor;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    /** The document as rendered when it was issued (HTML of the one template). */
    @Column(nullable = false, updatable = false)
    private String facts;

    protected Invoice() {}

    Invoice(
            InvoiceKind kind,
            InvoiceNumber number,
            long orderId,
            Long refersTo,
            Long refundId,
            int vatRateBasisPoints,
            Instant issuedAt,
            Money total,
            String facts) {
        this.kind = Objects.requireNonNull(kind);
        this.issuer = number.issuer();
        this.year = number.year();
        this.seqNo = number.sequence();
        this.number = number.text();
        this.orderId = orderId;
        this.invoiceOf = kind == InvoiceKind.INVOICE ? orderId : null;
        this.refersTo = refersTo;
        this.refundId = refundId;
        this.vatRateBasisPoints = vatRateBasisPoints;
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.totalMinor = total.minor();
        this.currency = total.currency();
        this.facts = Objects.requireNonNull(facts);
    }

    public Long id() {
        return id;
    }

    public InvoiceKind kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public long orderId() {
        return orderId;
    }

    public Long refersTo() {
        return refersTo;
    }

    public Long refundId() {
        return refundId;
    }

    public int vatRateBasisPoints() {
        return vatRateBasisPoints;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Money total() {
        return Money.ofMinor(totalMinor, currency);
    }

    public String facts() {
        return facts;
    }

    /** The file name of its PDF, such as {@code invoice-2026-000123.pdf}. */
    public String fileName() {
        return (kind == InvoiceKind.INVOICE ? "invoice-" : "credit-note-") + number + ".pdf";
    }
}
