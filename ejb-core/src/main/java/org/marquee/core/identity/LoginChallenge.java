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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A login between the password and the session. The browser holds its secret (the database only
 * the hash). Without a second factor it is passed at once; with one it waits for the emailed code:
 * a few tries, a short life, and once passed it completes into a session once.
 */
@Entity
@Table(name = "login_challenge")
@NamedQuery(name = "LoginChallenge.byHash", query = "select c from LoginChallenge c where c.tokenHash = :hash")
@NamedQuery(
        name = "LoginChallenge.retireOthers",
        query = "update LoginChallenge c set c.expiresAt = :now where c.user = :user and c.id <> :keep"
                + " and c.completedAt is null and c.expiresAt > :now")
@NamedQuery(name = "LoginChallenge.ofUser", query = "delete from LoginChallenge c where c.user = :user")
@NamedQuery(name = "LoginChallenge.purge", query = "delete from LoginChallenge c where c.expiresAt < :before")
class LoginChallenge {

    /** How long an emailed code works. */
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    /** Tries per code; every wrong one also counts towards the login's lock. */
    static final int MAX_ATTEMPTS = 5;

    /** Between a passed check and the session: the same request, normally. */
    static final Duration PASSED_LIFETIME = Duration.ofMinutes(2);

    @Id
    @SequenceGenerator(name = "login_challenge_seq", sequenceName = "login_challenge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_challenge_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "passed_at")
    private Instant passedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** The code was sent again by text message instead of email (once per challenge). */
    @Column(name = "texted_at")
    private Instant textedAt;

    @Version
    private long version;

    protected LoginChallenge() {}

    private LoginChallenge(User user, String secret, Instant now) {
        this.user = Objects.requireNonNull(user);
        this.tokenHash = Secrets.hash(secret);
        this.createdAt = now;
    }

    /** The password was all this login needs. */
    static LoginChallenge passed(User user, String secret, Instant now) {
        LoginChallenge challenge = new LoginChallenge(user, secret, now);
        challenge.passedAt = now;
        challenge.expiresAt = now.plus(PASSED_LIFETIME);
        return challenge;
    }

    /** The password was right; the emailed {@code code} must follow. */
    static LoginChallenge awaitingCode(User user, String secret, String code, Instant now) {
        LoginChallenge challenge = new LoginChallenge(user, secret, now);
        challenge.codeHash = OneTimeCode.hash(secret, code);
        challenge.expiresAt = now.plus(CODE_LIFETIME);
        return challenge;
    }

    /** Checks a typed code against this challenge, whose secret the browser sent along. */
    CodeCheck check(String secret, String typed, Instant now) {
        if (completedAt != null || passedAt != null || codeHash == null || !now.isBefore(expiresAt)) {
            return CodeCheck.EXPIRED;
        }
        if (attempts >= MAX_ATTEMPTS) {
            return CodeCheck.EXHAUSTED;
        }
        String code = OneTimeCode.normalize(typed);
        if (OneTimeCode.isWellFormed(code) && matches(OneTimeCode.hash(secret, code))) {
            passedAt = now;
            expiresAt = now.plus(PASSED_LIFETIME);
            return CodeCheck.ACCEPTED;
        }
        attempts++;
        return attempts >= MAX_ATTEMPTS ? CodeCheck.EXHAUSTED : CodeCheck.WRONG;
    }

    private boolean matches(String hash) {
        return MessageDigest.isEqual(
                hash.getBytes(StandardCharsets.US_ASCII), codeHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Turns a passed challenge into a session, once; false when it is not passed, expired or used. */
    boolean complete(Instant now) {
        if (passedAt == null || completedAt != null || !now.isBefore(expiresAt)) {
            return false;
        }
        completedAt = now;
        return true;
    }

    /**
     * The buyer asks for the code by text instead: a new code replaces the emailed one (which then
     * no longer works), valid for the code's lifetime from now. Once per challenge, so a login
     * cannot be made to send texts without end; the tries made so far still count.
     *
     * @return false, changing nothing, when the challenge awaits no code, has run out or was texted
     */
    boolean reissueForText(String secret, String code, Instant now) {
        if (!awaitsCode() || completedAt != null || !now.isBefore(expiresAt) || textedAt != null) {
            return false;
        }
        if (attempts >= MAX_ATTEMPTS) {
            return false;
        }
        codeHash = OneTimeCode.hash(secret, code);
        textedAt = now;
        expiresAt = now.plus(CODE_LIFETIME);
        return true;
    }

    /** Whether the code may still be sent by text instead (see {@link #reissueForText}). */
    boolean mayText(Instant now) {
        return awaitsCode()
                && completedAt == null
                && now.isBefore(expiresAt)
                && textedAt == null
                && attempts < MAX_ATTEMPTS;
    }

    boolean awaitsCode() {
        return codeHash != null && passedAt == null;
    }

    Long id() {
        return id;
    }

    User user() {
        return user;
    }

    int attempts() {
        return attempts;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
