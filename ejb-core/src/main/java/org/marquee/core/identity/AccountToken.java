package org.marquee.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A mailed single-use link (verify the email, reset the password). Only the hash of its secret is
 * kept. It can be used once, before it expires; using it is recorded, so a second click is told
 * apart from an unknown link.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
        name = "AccountToken.byHash",
        query = "select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose")
@NamedQuery(
        name = "AccountToken.countSince",
        query = "select count(t) from AccountToken t where t.user = :user and t.purpose = :purpose"
                + " and t.createdAt > :since")
@NamedQuery(
        name = "AccountToken.retireOthers",
        query = "update AccountToken t set t.usedAt = :now where t.user = :user and t.purpose = :purpose"
                + " and t.usedAt is null and t.id <> :keep")
@NamedQuery(name = "AccountToken.ofUser", query = "delete from AccountToken t where t.user = :user")
@NamedQuery(name = "AccountToken.purge", query = "delete from AccountToken t where t.expiresAt < :before")
class AccountToken {

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected AccountToken() {}

    AccountToken(User user, TokenPurpose purpose, String secret, Instant now) {
        this.user = Objects.requireNonNull(user);
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Secrets.hash(secret);
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** Refuses a used or expired link; the first refusal that applies is the one the reader is told. */
    void checkUsable(Instant now) {
        if (usedAt != null) {
            throw new LinkRefused(LinkRefused.Reason.USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new LinkRefused(LinkRefused.Reason.EXPIRED);
        }
    }

    /** Uses the link up: it works once. */
    void use(Instant now) {
        checkUsable(now);
        usedAt = now;
    }

    Long id() {
        return id;
    }

    User user() {
        return user;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean used() {
        return usedAt != null;
    }
}
