package org.marquee.core.notify;

import java.util.List;

/**
 * Makes the files of one kind that emails carry, such as the tickets or the invoice of an order.
 * The area that owns them implements it as a CDI bean; a message records only which files it
 * carries ({@link Outbox#attach}), and the dispatcher asks the source for the bytes when it sends
 * the message. The files are therefore made from what is committed, once per attempt, and never
 * stored twice.
 *
 * <p>Implementations must be deterministic for a committed state and must not change anything:
 * a retried send makes them again.
 */
public interface AttachmentSource {

    /** The kind this source makes, such as {@code tickets}: letters, digits and '-' only. */
    String kind();

    /**
     * The files for one reference (usually an id), in the order they should appear; empty when
     * there is nothing to attach (the email goes without).
     *
     * @throws RuntimeException when they cannot be made now: the message is tried again later
     */
    List<MailAttachment> render(String reference);
}
