package org.marquee.core.checkin;

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
 * One admission: a seat or a standing place of a PAID order, with what the buyer bought copied
 * as on a printed ticket. It is voided once (refund, cancellation) and checked in at most once;
 * the check-in itself is one conditional UPDATE ({@link TicketValidation}), so that two doors
 * scanning it at the same moment cannot both admit.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(name = "section_name", nullable = false)
    private String sectionName;

    @Column(name = "seat_id")
    private Long seatId;

    @Column(name = "row_label")
    private String rowLabel;

    @Column(name = "seat_number")
    private Integer seatNumber;

    @Column(name = "place_no")
    private Integer placeNo;

    @Column(name = "holder_name")
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_device")
    private String checkedInDevice;

    @Column(name = "checked_in_by")
    private String checkedInBy;

    protected Ticket() {}

    private Ticket(
            long orderId,
            long sessionId,
            long eventId,
            long sectionId,
            String sectionName,
            String holder,
            Instant now) {
        this.orderId = orderId;
        this.sessionId = sessionId;
        this.eventId = eventId;
        this.sectionId = sectionId;
        this.sectionName = Objects.requireNonNull(sectionName);
        this.holderName = holder;
        this.status = TicketStatus.VALID;
        this.issuedAt = now;
    }

    /** The ticket of a seat. */
    static Ticket forSeat(Admission of, long seatId, String row, int number, Instant now) {
        Ticket t = new Ticket(
                of.orderId(), of.sessionId(), of.eventId(), of.sectionId(), of.sectionName(), of.holder(), now);
        t.seatId = seatId;
        t.rowLabel = row;
        t.seatNumber = number;
        return t;
    }

    /** The ticket of a standing place. */
    static Ticket forPlace(Admission of, int placeNo, Instant now) {
        if (placeNo <= 0) {
            throw new IllegalArgumentException("A place number is positive: " + placeNo);
        }
        Ticket t = new Ticket(
                of.orderId(), of.sessionId(), of.eventId(), of.sectionId(), of.sectionName(), of.holder(), now);
        t.placeNo = placeNo;
        return t;
    }

    /** What every ticket of one order and section shares. */
    record Admission(long orderId, long sessionId, long eventId, long sectionId, String sectionName, String holder) {}

    /** Withdrawn: it stops admitting at once. A ticket already void keeps its first reason. */
    boolean withdraw(TicketStatus reason, Instant now) {
        if (reason == TicketStatus.VALID) {
            throw new IllegalArgumentException("Withdrawing needs a reason");
        }
        if (status != TicketStatus.VALID) {
            return false;
        }
        status = reason;
        voidedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public long sessionId() {
        return sessionId;
    }

    public long eventId() {
        return eventId;
    }

    public long sectionId() {
        return sectionId;
    }

    public String sectionName() {
        return sectionName;
    }

    public Long seatId() {
        return seatId;
    }

    public String rowLabel() {
        return rowLabel;
    }

    public Integer seatNumber() {
        return seatNumber;
    }

    public Integer placeNo() {
        return placeNo;
    }

    public boolean standing() {
        return seatId == null;
    }

    public String holderName() {
        return holderName;
    }

    public TicketStatus status() {
        return status;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public String checkedInDevice() {
        return checkedInDevice;
    }

    public String checkedInBy() {
        return checkedInBy;
    }

    /** "Stalls, row A, seat 12" or "Floor, standing, place 3" (English; the PDF has its own words). */
    public String place() {
        return standing()
                ? sectionName + ", standing, place " + placeNo
                : sectionName + ", row " + rowLabel + ", seat " + seatNumber;
    }
}
