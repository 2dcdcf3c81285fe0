package org.marquee.core.notify;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Sends through the server's mail session {@code java:jboss/mail/Marquee} (SMTP host, port, sender
 * and timeouts come from the server configuration, see {@code ear/src/main/wildfly/configure.cli}).
 * Plain text, or plain text and HTML as alternatives; with files, those in a mixed multipart. Chosen by {@link OutboxConfiguration} when
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
        } catch (UnsupportedEncodingException e) {
            throw new DeliveryFailure("Attachment name cannot be encoded: " + e.getMessage(), true, e);
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new OutboxMimeMessage(session, mail.outboxId());
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), CHARSET);
        message.setHeader("Content-Language", mail.language());
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (mail.attachments().isEmpty()) {
            if (mail.html() == null) {
                message.setText(mail.text(), CHARSET);
            } else {
                message.setContent(alternatives(mail));
            }
            return message;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        if (mail.html() == null) {
            body.setText(mail.text(), CHARSET);
        } else {
            body.setContent(alternatives(mail));
        }
        mixed.addBodyPart(body);
        for (MailAttachment attachment : mail.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(MimeUtility.encodeText(attachment.fileName(), CHARSET, null));
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        message.setContent(mixed);
        return message;
    }

    private static MimeMultipart alternatives(Mail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), CHARSET);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), CHARSET, "html");
        return new MimeMultipart("alternative", text, html);
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
