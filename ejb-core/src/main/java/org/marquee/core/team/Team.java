package org.marquee.core.team;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marquee.core.platform.EmailAddress;

/**
 * A venue's or artist's team as its rules see it: who belongs, and who may change what.
 *
 * <ul>
 *   <li>Only owners change the team: they invite, change roles and remove members. A manager
 *       can change nothing, an owner least of all ({@link OwnersOnly}).</li>
 *   <li>A team keeps at least one owner: its last owner can neither leave, nor be removed, nor
 *       become a manager ({@link LastOwner}); an admin must first make someone else an owner.</li>
 *   <li>Anyone may leave, except that last owner.</li>
 * </ul>
 *
 * Whether the caller belongs to the team at all is {@link Scope}'s question, asked before.
 */
public final class Team {

    private final TeamKind kind;
    private final long id;
    private final String name;
    private final List<TeamMember> members;

    public Team(TeamKind kind, long id, String name, List<TeamMember> members) {
        this.kind = Objects.requireNonNull(kind);
        this.id = id;
        this.name = Objects.requireNonNull(name);
        this.members = members.stream()
                .sorted(Comparator.comparing(TeamMember::role)
                        .thenComparing(TeamMember::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(TeamMember::email))
                .toList();
    }

    public Optional<TeamMember> member(String email) {
        String normalized = EmailAddress.normalize(email);
        return members.stream().filter(m -> m.email().equals(normalized)).findFirst();
    }

    public Optional<TeamMember> member(long userId) {
        return members.stream().filter(m -> m.userId() == userId).findFirst();
    }

    public long owners() {
        return members.stream().filter(TeamMember::isOwner).count();
    }

    /** An owner may invite anyone who is not a member yet. */
    public void checkInvite(String callerEmail, EmailAddress invited) {
        checkOwner(callerEmail);
        if (member(invited.value()).isPresent()) {
            throw new AlreadyMember(invited.value(), name);
        }
    }

    /** An owner may change any role, their own included, but the last owner stays an owner. */
    public TeamMember checkRoleChange(String callerEmail, long userId, MemberRole newRole) {
        checkOwner(callerEmail);
        TeamMember target = requireMember(userId);
        if (target.isOwner() && newRole != MemberRole.OWNER) {
            requireAnotherOwner();
        }
        return target;
    }

    /** An owner may remove any member but the last owner. */
    public TeamMember checkRemoval(String callerEmail, long userId) {
        checkOwner(callerEmail);
        TeamMember target = requireMember(userId);
        if (target.isOwner()) {
            requireAnotherOwner();
        }
        return target;
    }

    /** Any member may leave, but the last owner. */
    public TeamMember checkLeave(String callerEmail) {
        TeamMember self = member(callerEmail).orElseThrow(() -> new NotAMember(name));
        if (self.isOwner()) {
            requireAnotherOwner();
        }
        return self;
    }

    /** What an admin may do to owners: remove one, as long as another remains. */
    public TeamMember checkOwnerRemoval(long userId) {
        TeamMember target = requireMember(userId);
        if (!target.isOwner()) {
            throw new NotAMember(name);
        }
        requireAnotherOwner();
        return target;
    }

    /** Only owners change the team; anything a manager tries is refused. */
    public void checkOwner(String callerEmail) {
        if (member(callerEmail).filter(TeamMember::isOwner).isEmpty()) {
            throw new OwnersOnly(name);
        }
    }

    private TeamMember requireMember(long userId) {
        return member(userId).orElseThrow(() -> new NotAMember(name));
    }

    private void requireAnotherOwner() {
        if (owners() <= 1) {
            throw new LastOwner(name);
        }
    }

    public TeamKind kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Owners first, then managers, each by name. */
    public List<TeamMember> members() {
        return members;
    }
}
