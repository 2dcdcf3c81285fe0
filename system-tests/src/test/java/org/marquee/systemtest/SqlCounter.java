package org.marquee.systemtest;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Counts the SQL statements EclipseLink sends from the calling thread while a piece of code runs,
 * through the server session's events (in-container tests only). Statements of other threads,
 * such as the outbox dispatcher polling in the background, are not counted.
 */
final class SqlCounter extends SessionEventAdapter {

    private final AtomicInteger statements = new AtomicInteger();

    private final Thread caller = Thread.currentThread();

    @Override
    public void postExecuteCall(SessionEvent event) {
        if (Thread.currentThread() == caller) {
            statements.incrementAndGet();
        }
    }

    static <T> int count(EntityManager em, Supplier<T> work) {
        ServerSession server = em.unwrap(JpaEntityManager.class).getServerSession();
        SqlCounter counter = new SqlCounter();
        server.getEventManager().addListener(counter);
        try {
            work.get();
        } finally {
            server.getEventManager().removeListener(counter);
        }
        return counter.statements.get();
    }
}
