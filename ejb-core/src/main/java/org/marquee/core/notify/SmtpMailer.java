package org.marquee.core.notify;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;

/**
 * Sends through the server's mail session {@code java:jboss/mail/Marquee} (SMTP host, port, sender
 * and timeouts come from the server configuration, see {@code ear/src/main/wildfly/configure.cli}).
 * Plain text, or plain text and HTML as alternatives. Chosen by {@link OutboxConfiguration} when
 * {@code MARQUEE_SMTP_HOST} is set.
 */
@ApplicationScoped
@Typed(SmtpMailer.class)
public class SmtpMailer implements Mailer {

    private static final String CHARSET = StandardCharsets.UTF_8.name();

    @Resource(lookup = "java:jboss/mail/Marquee")
    private Session session;

    @Override
    public void send(Mail mail) throws DeliveryFailure {
        try {
            Transport.send(message(mail));
        } catch (MessagingException e) {
            throw DeliveryFailure.of(e);
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = new OutboxMimeMessage(session, mail.outboxId());
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), CHARSET);
        message.setHeader("Content-Language", mail.language());
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (mail.html() == null) {
            message.setText(mail.text(), CHARSET);
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), CHARSET);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), CHARSET, "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        return message;
    }

    /** A Message-ID made from the outbox id: a copy sent again after a crash has the same one. */
    private static final class OutboxMimeMessage extends MimeMessage {

        private final Long outboxId;

        OutboxMimeMessage(Session session, Long outboxId) {
            super(session);
            this.outboxId = outboxId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (outboxId == null) {
                super.updateMessageID();
                return;
            }
            InternetAddress from = InternetAddress.getLocalAddress(session);
            String address = from == null ? "" : from.getAddress();
            String domain = address == null || address.indexOf('@') < 0
                    ? "marquee.local"
                    : address.substring(address.indexOf('@') + 1);
            setHeader("Message-ID", "<outbox-" + outboxId + "@" + domain + ">");
        }
    }
}
