package org.marquee.core.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A link that opens the door of one session for a time window, for hired door staff without an
 * account. Only the hash of its secret is stored. It opens nothing once revoked or outside its
 * window, which every request checks.
 */
@Entity
@Table(name = "door_token")
public class DoorToken {

    /** The longest window a link may have: a festival weekend, not a season. */
    static final Duration LONGEST = Duration.ofDays(14);

    static final int LABEL_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "door_token_seq", sequenceName = "door_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "door_token_seq")
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected DoorToken() {}

    DoorToken(
            long sessionId,
            String tokenHash,
            String label,
            Instant validFrom,
            Instant validUntil,
            String createdBy,
            Instant now) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > LABEL_LENGTH) {
            throw new IllegalArgumentException("A door link needs a name of 1 to " + LABEL_LENGTH + " characters");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("A door link ends after it starts");
        }
        if (!validUntil.isAfter(now)) {
            throw new IllegalArgumentException("A door link must end in the future");
        }
        if (Duration.between(validFrom, validUntil).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("A door link is valid for 14 days at most");
        }
        this.sessionId = sessionId;
        this.tokenHash = tokenHash;
        this.label = name;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Whether it opens the door of this session now; the reason when not. */
    DoorTokenRefused.Reason refusal(long session, Instant now) {
        if (revokedAt != null) {
            return DoorTokenRefused.Reason.REVOKED;
        }
        if (now.isBefore(validFrom)) {
            return DoorTokenRefused.Reason.NOT_YET;
        }
        if (!now.isBefore(validUntil)) {
            return DoorTokenRefused.Reason.EXPIRED;
        }
        if (session != sessionId) {
            return DoorTokenRefused.Reason.OTHER_SESSION;
        }
        return null;
    }

    /** Revoked for good; revoking again changes nothing. */
    boolean revoke(String by, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = by;
        return true;
    }

    public Long id() {
        return id;
    }

    public long sessionId() {
        return sessionId;
    }

    public String label() {
        return label;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
