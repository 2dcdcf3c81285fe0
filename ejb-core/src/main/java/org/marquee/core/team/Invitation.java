package org.marquee.core.team;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.marquee.core.catalog.Artist;
import org.marquee.core.identity.User;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.venue.Venue;

/**
 * An owner's invitation of an email address into a venue or artist team, with a role. It is
 * accepted at most once, by the account of that address, before it expires; an owner may revoke
 * it before. Its link carries a token of which only the hash is kept.
 */
@Entity
@Table(name = "team_invitation")
public class Invitation {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    public enum State {
        OPEN,
        ACCEPTED,
        REVOKED,
        EXPIRED
    }

    @Id
    @SequenceGenerator(name = "team_invitation_seq", sequenceName = "team_invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_invitation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "artist_id")
    private Artist artist;

    @Column(nullable = false, length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MemberRole role;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by")
    private User invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_by")
    private User acceptedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected Invitation() {}

    private Invitation(EmailAddress email, MemberRole role, String tokenHash, User invitedBy, Instant now) {
        this.email = Objects.requireNonNull(email).value();
        this.role = Objects.requireNonNull(role, "An invitation needs a role");
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.invitedBy = invitedBy;
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(VALID_FOR);
    }

    public static Invitation toVenue(
            Venue venue, EmailAddress email, MemberRole role, String tokenHash, User invitedBy, Instant now) {
        Invitation invitation = new Invitation(email, role, tokenHash, invitedBy, now);
        invitation.venue = Objects.requireNonNull(venue);
        return invitation;
    }

    public static Invitation toArtist(
            Artist artist, EmailAddress email, MemberRole role, String tokenHash, User invitedBy, Instant now) {
        Invitation invitation = new Invitation(email, role, tokenHash, invitedBy, now);
        invitation.artist = Objects.requireNonNull(artist);
        return invitation;
    }

    public State state(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    /**
     * Refuses, with the reason, an invitation that the given account cannot accept now. The
     * address is checked last, so a used link says "used" to whoever opens it.
     */
    public void checkAcceptableBy(User user, Instant now) {
        switch (state(now)) {
            case ACCEPTED -> throw new InvitationRefused(InvitationRefused.Reason.USED);
            case REVOKED -> throw new InvitationRefused(InvitationRefused.Reason.REVOKED);
            case EXPIRED -> throw new InvitationRefused(InvitationRefused.Reason.EXPIRED);
            case OPEN -> {
                if (user == null || !user.email().equals(email)) {
                    throw new InvitationRefused(InvitationRefused.Reason.OTHER_ACCOUNT);
                }
            }
        }
    }

    public void accept(User user, Instant now) {
        checkAcceptableBy(user, now);
        acceptedAt = now;
        acceptedBy = user;
    }

    public void revoke(Instant now) {
        if (state(now) == State.OPEN) {
            revokedAt = now;
        }
    }

    public TeamKind kind() {
        return venue != null ? TeamKind.VENUE : TeamKind.ARTIST;
    }

    public long teamId() {
        return venue != null ? venue.id() : artist.id();
    }

    public String teamName() {
        return venue != null ? venue.name() : artist.name();
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public MemberRole role() {
        return role;
    }

    public User invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
