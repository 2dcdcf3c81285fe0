package org.marquee.core.team;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.marquee.core.identity.User;

/**
 * A user's place in one venue or artist team. The rules about the team as a whole (only owners
 * change it, it keeps at least one owner) are the {@link Team}'s.
 */
@MappedSuperclass
public abstract class Membership {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MemberRole role;

    @Column(nullable = false)
    private Instant since;

    @Version
    private long version;

    protected Membership() {}

    protected Membership(User user, MemberRole role, Instant since) {
        this.user = Objects.requireNonNull(user, "A membership needs a user");
        this.role = Objects.requireNonNull(role, "A membership needs a role");
        this.since = Objects.requireNonNull(since);
    }

    public abstract Long id();

    public abstract TeamKind kind();

    public abstract long teamId();

    public abstract String teamName();

    void changeRole(MemberRole newRole) {
        this.role = Objects.requireNonNull(newRole, "A membership needs a role");
    }

    public User user() {
        return user;
    }

    public MemberRole role() {
        return role;
    }

    public Instant since() {
        return since;
    }

    public TeamMember asMember() {
        return new TeamMember(user.id(), user.email(), user.displayName(), role, since);
    }
}
