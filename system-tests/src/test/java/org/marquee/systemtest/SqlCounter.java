package org.marquee.systemtest;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Counts the SQL statements EclipseLink sends while a piece of code runs, through the server
 * session's events (in-container tests only; nothing else may run at the same time).
 */
final class SqlCounter extends SessionEventAdapter {

    private final AtomicInteger statements = new AtomicInteger();

    @Override
    public void postExecuteCall(SessionEvent event) {
        statements.incrementAndGet();
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
