package org.marquee.core.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;

/**
 * What platform admins do with accounts: list and find them, create staff accounts, rename,
 * change roles, disable and enable. An admin cannot lock themselves out, so the platform always
 * keeps the admin who is making the change.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserAccounts accounts;

    @EJB
    private AuditTrail audit;

    /** A page of users: filter and sort by email or name, optionally only those holding a role. */
    public Page<UserDetails> page(PageRequest request, Role holding) {
        return Paging.page(
                        em,
                        User.class,
                        request,
                        Set.of("email", "displayName"),
                        Set.of("createdAt", "enabled"),
                        "email",
                        holding == null ? null : (cb, user) -> cb.isMember(holding, user.get("roles")))
                .map(UserDetails::of);
    }

    public UserDetails create(String email, String displayName, String password, Set<Role> roles) {
        User user = accounts.register(email, displayName, password, roles);
        em.flush();
        audit.record(AuditAction.CREATE, "User", user.id(), user.email() + " " + names(user.roles()));
        return UserDetails.of(user);
    }

    /** Changes name, roles and whether the account may log in, in one step. */
    public void update(long id, String displayName, Set<Role> roles, boolean enabled) {
        User user = find(id);
        if (user.email().equals(context.getCallerPrincipal().getName()) && (!roles.contains(Role.ADMIN) || !enabled)) {
            throw new DomainException("identity.selfLockout");
        }
        InvalidInput.check(() -> user.rename(displayName));
        user.assignRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        audit.record(
                AuditAction.UPDATE,
                "User",
                id,
                user.displayName() + " " + names(user.roles()) + (enabled ? "" : ", disabled"));
    }

    /** The account as the admin panel edits it. */
    public UserDetails details(long id) {
        return UserDetails.of(find(id));
    }

    public User find(long id) {
        return Optional.ofNullable(em.find(User.class, id)).orElseThrow(() -> new NotFound("User", id));
    }

    private static String names(Set<Role> roles) {
        return new TreeSet<>(roles.stream().map(Role::name).toList()).toString();
    }
}
