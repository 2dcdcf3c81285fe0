package org.marquee.core.inventory;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute on every node: opens the inventory of the sessions whose sales start within
 * {@link InventoryOpening#AHEAD}, a chunk per transaction. Nodes skip the sessions another is
 * opening.
 */
@Singleton
@DependsOn("Migrations")
public class SalesOpener {

    private static final Logger LOG = Logger.getLogger(SalesOpener.class.getName());

    @EJB
    private InventoryOpening opening;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void openDue() {
        try {
            int opened;
            do {
                opened = opening.openDue();
            } while (opened == InventoryOpening.CHUNK);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Opening the inventory of due sessions failed", e);
        }
    }
}
