package org.marquee.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One login of an account: the browser that holds its key (only the hash is stored), what it
 * said it was, the address it came from, when it began and was last seen, and when it ended.
 */
@Entity
@Table(name = "login_session")
@NamedQuery(name = "LoginSession.byKey", query = "select s from LoginSession s where s.keyHash = :hash")
@NamedQuery(
        name = "LoginSession.open",
        query = "select s from LoginSession s where s.user = :user and s.endedAt is null order by s.lastSeenAt desc")
@NamedQuery(
        name = "LoginSession.endOthers",
        query = "update LoginSession s set s.endedAt = :now, s.version = s.version + 1"
                + " where s.user = :user and s.endedAt is null and s.keyHash <> :keep")
@NamedQuery(name = "LoginSession.purge", query = "delete from LoginSession s where s.lastSeenAt < :before")
class LoginSession {

    /** A request refreshes "last seen" at most this often: not one write per page. */
    static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);

    static final int MAX_ADDRESS = 64;

    @Id
    @SequenceGenerator(name = "login_session_seq", sequenceName = "login_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_session_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "user_agent", nullable = false, length = UserAgentSummary.MAX_LENGTH)
    private String userAgent;

    @Column(name = "address", nullable = false, length = MAX_ADDRESS)
    private String address;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected LoginSession() {}

    LoginSession(User user, String keyHash, String userAgentSummary, String address, Instant now) {
        this.user = Objects.requireNonNull(user);
        this.keyHash = Objects.requireNonNull(keyHash);
        this.userAgent = Objects.requireNonNull(userAgentSummary);
        this.address = address == null || address.isBlank()
                ? "?"
                : address.substring(0, Math.min(address.length(), MAX_ADDRESS));
        this.startedAt = now;
        this.lastSeenAt = now;
    }

    boolean open() {
        return endedAt == null;
    }

    /** Whether "last seen" is old enough to be written again. */
    boolean seenLongAgo(Instant now) {
        return lastSeenAt.plus(SEEN_GRANULARITY).isBefore(now);
    }

    void seen(Instant now) {
        lastSeenAt = now;
    }

    void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    Long id() {
        return id;
    }

    User user() {
        return user;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    String keyHash() {
        return keyHash;
    }

    LoginSessionView view(boolean current) {
        return new LoginSessionView(id, userAgent, address, startedAt, lastSeenAt, current);
    }
}
