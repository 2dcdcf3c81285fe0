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
import java.time.Instant;
import java.util.Objects;

/**
 * A browser a user logged in from, known by the long-lived cookie it carries (the hash of its
 * secret) and described by its User-Agent summary for the owner to read.
 */
@Entity
@Table(name = "known_device")
@NamedQuery(
        name = "KnownDevice.find",
        query = "select d from KnownDevice d where d.user = :user and d.secretHash = :hash")
@NamedQuery(name = "KnownDevice.count", query = "select count(d) from KnownDevice d where d.user = :user")
@NamedQuery(name = "KnownDevice.ofUser", query = "delete from KnownDevice d where d.user = :user")
@NamedQuery(name = "KnownDevice.purge", query = "delete from KnownDevice d where d.lastSeenAt < :before")
class KnownDevice {

    @Id
    @SequenceGenerator(name = "known_device_seq", sequenceName = "known_device_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "known_device_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "user_agent", nullable = false, length = UserAgentSummary.MAX_LENGTH)
    private String userAgent;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Version
    private long version;

    protected KnownDevice() {}

    KnownDevice(User user, String secretHash, String userAgentSummary, Instant now) {
        this.user = Objects.requireNonNull(user);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.userAgent = Objects.requireNonNull(userAgentSummary);
        this.firstSeenAt = now;
        this.lastSeenAt = now;
    }

    void seenAgain(String userAgentSummary, Instant now) {
        userAgent = userAgentSummary;
        lastSeenAt = now;
    }

    Long id() {
        return id;
    }

    String userAgent() {
        return userAgent;
    }
}
