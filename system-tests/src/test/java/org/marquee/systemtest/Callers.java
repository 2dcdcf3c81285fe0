package org.marquee.systemtest;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marquee.core.identity.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs a call inside the server as a given caller, the way a logged-in request would reach the
 * EJBs: an identity of the server's security domain with that name and those roles. Services
 * then see it through {@code SessionContext.getCallerPrincipal()} and {@code @RolesAllowed}.
 * (In-container tests only; the Elytron API comes with the server.)
 */
final class Callers {

    private Callers() {}

    static <T> T as(String email, Set<Role> roles, Callable<T> call) {
        Set<String> names = roles.stream().map(Role::name).collect(Collectors.toSet());
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .createAdHocIdentity(email)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(names)));
        return run(identity, call);
    }

    static <T> T as(String email, Role role, Callable<T> call) {
        return as(email, Set.of(role), call);
    }

    static void as(String email, Role role, Runnable call) {
        as(email, Set.of(role), () -> {
            call.run();
            return null;
        });
    }

    /** The admin that fixtures build the catalog as (changing it is an admin's act). */
    static final String FIXTURE_ADMIN = "fixture-admin@marquee.test";

    static <T> T asAdmin(Callable<T> call) {
        return as(FIXTURE_ADMIN, Role.ADMIN, call);
    }

    static <T> T anonymous(Callable<T> call) {
        return run(SecurityDomain.getCurrent().getAnonymousSecurityIdentity(), call);
    }

    private static <T> T run(SecurityIdentity identity, Callable<T> call) {
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) call::call);
        } catch (PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
