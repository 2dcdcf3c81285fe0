package org.marquee.systemtest;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.wildfly.security.auth.server.SecurityDomain;

/**
 * Runs each test method of an in-server class as {@link Callers#FIXTURE_ADMIN}, for classes whose
 * tests are an admin's work throughout (building venues, events and sessions, then reading what
 * visitors see). Outside the server (where Arquillian sends the method to the server instead of
 * running it) there is no security domain and the method runs as it is.
 */
public final class AsFixtureAdmin implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation, ReflectiveInvocationContext<Method> method, ExtensionContext context)
            throws Throwable {
        if (!inServer()) {
            invocation.proceed();
            return;
        }
        Throwable[] failure = new Throwable[1];
        Callers.asAdmin(() -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                failure[0] = t;
            }
            return null;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static boolean inServer() {
        try {
            return SecurityDomain.getCurrent() != null;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }
}
