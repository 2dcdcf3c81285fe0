package org.marquee.core.order;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every five minutes on every node: the day-before reminders that are due ({@link SessionReminders}). */
@Singleton
@DependsOn("Migrations")
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @EJB
    private SessionReminders reminders;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void remindDue() {
        try {
            int queued = reminders.remindDue();
            if (queued > 0) {
                LOG.info(() -> queued + " reminder texts queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queueing the reminder texts failed; the next run tries again", e);
        }
    }
}
