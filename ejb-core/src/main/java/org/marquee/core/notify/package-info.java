/**
 * Outgoing messages through a transactional outbox: a business change enqueues its email (later
 * its SMS) in the same transaction ({@link org.marquee.core.notify.Outbox}), and a dispatcher on
 * every node claims due messages, sends them through the server's mail session and retries with
 * back-off. Templates ({@link org.marquee.core.notify.MailTemplates}) render each message in the
 * recipient's language.
 */
package org.marquee.core.notify;
