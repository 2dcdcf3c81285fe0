package org.marquee.core.notify;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due. Safe on any number of nodes and threads at once: a run claims a batch under
 * a lease of its own (rows being claimed elsewhere are skipped, not waited for), sends it outside
 * any transaction, and records each outcome.
 *
 * <p>Delivery is at least once, not exactly once, in one case: a node that dies (or loses the
 * database) after the mail server accepted a message but before the outcome was recorded leaves
 * the message pending; when its lease runs out another run sends it again. The copy has the same
 * Message-ID. In every other case a message is sent once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    static final int BATCH = 20;

    /** A run that has less than this left of its lease stops and lets the rest go. */
    static final Duration MARGIN = Duration.ofMinutes(2);

    /** A timer run keeps claiming full batches for at most this long, then yields to the next run. */
    static final Duration MAX_RUN = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final String NODE = System.getProperty("jboss.node.name", "node");

    @EJB
    private OutboxLeases leases;

    @Inject
    private Mailer mailer;

    @Inject
    private MailAttachments attachments;

    @Inject
    private SmsSender texts;

    @Inject
    private Clock clock;

    /** Sends the messages that are due now; answers how many were sent. */
    public int dispatchDue() {
        Instant stop = clock.instant().plus(MAX_RUN);
        int sent = 0;
        List<OutboxMessage> batch;
        do {
            String owner = NODE + "/" + UUID.randomUUID().toString().substring(0, 8);
            batch = leases.claim(owner, BATCH);
            sent += send(batch, owner);
        } while (batch.size() == BATCH && clock.instant().isBefore(stop));
        return sent;
    }

    private int send(List<OutboxMessage> batch, String owner) {
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxMessage message = batch.get(i);
            if (clock.instant().isAfter(message.leasedUntil().minus(MARGIN))) {
                leases.release(
                        batch.subList(i, batch.size()).stream()
                                .map(OutboxMessage::id)
                                .toList(),
                        owner);
                break;
            }
            if (deliver(message, owner)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(OutboxMessage message, String owner) {
        try {
            switch (message.channel()) {
                case EMAIL -> mailer.send(message.toMail().with(attachments.render(message.attachmentReferences())));
                case SMS -> texts.send(message.toText());
            }
        } catch (DeliveryFailure failure) {
            leases.recordFailure(message.id(), owner, failure.getMessage(), failure.permanent());
            return false;
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Outbox message " + message.id() + " could not be sent", unexpected);
            leases.recordFailure(message.id(), owner, DeliveryFailure.describe(unexpected), false);
            return false;
        }
        leases.recordSent(message.id(), owner);
        return true;
    }
}
