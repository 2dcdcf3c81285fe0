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

/**
 * One line of the door's scan log: every scan (or synchronised offline check-in), its answer,
 * device and who. Read through this entity; written by {@link TicketValidation} with one INSERT.
 */
@Entity
@Table(name = "ticket_scan")
public class TicketScan {

    @Id
    @SequenceGenerator(name = "ticket_scan_seq", sequenceName = "ticket_scan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_scan_seq")
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScanAnswer answer;

    @Column(nullable = false)
    private String device;

    @Column(name = "staff_login")
    private String staffLogin;

    @Column(name = "door_token_id")
    private Long doorTokenId;

    @Column(name = "scanned_at", nullable = false)
    private Instant scannedAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private boolean offline;

    protected TicketScan() {}

    public Long id() {
        return id;
    }

    public Long ticketId() {
        return ticketId;
    }

    public ScanAnswer answer() {
        return answer;
    }

    public String device() {
        return device;
    }

    public String staffLogin() {
        return staffLogin;
    }

    public Long doorTokenId() {
        return doorTokenId;
    }

    public Instant scannedAt() {
        return scannedAt;
    }

    public boolean offline() {
        return offline;
    }
}
