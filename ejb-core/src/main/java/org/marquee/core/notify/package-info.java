/**
 * Outgoing messages through a transactional outbox: a business change enqueues its email or text
 * message in the same transaction ({@link org.marquee.core.notify.Outbox}), and a dispatcher on
 * every node claims due messages, sends them through the server's mail session or Twilio ({@link
 * org.marquee.core.notify.TwilioSmsSender}) and retries with back-off. Templates ({@link
 * org.marquee.core.notify.MailTemplates}, {@link org.marquee.core.notify.SmsTemplates}) render
 * each message in the recipient's language.
 */
package org.marquee.core.notify;
