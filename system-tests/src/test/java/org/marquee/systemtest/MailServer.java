package org.marquee.systemtest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The SMTP server the test server's mail session points at: GreenMail on 127.0.0.1 and the port
 * in {@code MARQUEE_SMTP_PORT} (3025 + the port offset, set by the build for the tests and the
 * server alike). Started by a test and stopped when it ends; tests inside the server start it
 * there. Can be taken down and brought back to play a mail server outage.
 */
final class MailServer implements AutoCloseable {

    /** The server that is up in this JVM, if any: there can be one on the port. */
    private static MailServer running;

    private GreenMail greenMail;

    private MailServer() {}

    static MailServer start() {
        MailServer server = new MailServer();
        server.up();
        return server;
    }

    /** A server that is not running yet: mail sent meanwhile fails to connect. */
    static MailServer down() {
        return new MailServer();
    }

    static int port() {
        String port = System.getenv("MARQUEE_SMTP_PORT");
        if (port == null || port.isBlank()) {
            throw new IllegalStateException("MARQUEE_SMTP_PORT is not set: run the tests through Maven");
        }
        return Integer.parseInt(port.strip());
    }

    synchronized void up() {
        if (greenMail == null) {
            ServerSetup smtp = new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            smtp.setServerStartupTimeout(10_000);
            greenMail = new GreenMail(smtp);
            greenMail.start();
            setRunning(this);
        }
    }

    synchronized void takeDown() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
            setRunning(null);
        }
    }

    private static synchronized void setRunning(MailServer server) {
        running = server;
    }

    /**
     * Runs {@code reader} against the server that is up (a test's own), or against one started for
     * the time of the call, for a helper that needs one message (a sign-in code) whatever the test does.
     */
    static <T> T borrow(MailReader<T> reader) throws Exception {
        MailServer current;
        synchronized (MailServer.class) {
            current = running;
        }
        if (current != null) {
            return reader.read(current);
        }
        try (MailServer temporary = start()) {
            return reader.read(temporary);
        }
    }

    @FunctionalInterface
    interface MailReader<T> {
        T read(MailServer server) throws Exception;
    }

    /** Waits for the message whose Message-ID names this outbox row (the mailer makes it so). */
    MimeMessage awaitOutboxMessage(String recipient, long outboxId, Duration timeout) throws Exception {
        String id = "<outbox-" + outboxId + "@";
        return Waits.until(
                        "message " + id + "...> to " + recipient,
                        timeout,
                        () -> {
                            for (MimeMessage message : to(recipient)) {
                                if (message.getMessageID() != null
                                        && message.getMessageID().startsWith(id)) {
                                    return java.util.Optional.of(message);
                                }
                            }
                            return java.util.Optional.<MimeMessage>empty();
                        },
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    /**
     * The plain-text part of a message, looked for through nested parts too (a message with
     * attachments is multipart/mixed around the multipart/alternative of its text and HTML).
     */
    static String text(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            String text = plainText(parts);
            if (text == null) {
                throw new AssertionError("No plain text in " + message.getSubject());
            }
            return text;
        }
        return (String) content;
    }

    private static String plainText(Multipart parts) throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")
                    && !jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String text = plainText(nested);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The file names of a message's attachments, in order. */
    static List<String> attachmentNames(MimeMessage message) throws MessagingException, IOException {
        return attachments(message).stream()
                .map(part -> {
                    try {
                        return part.getFileName();
                    } catch (MessagingException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    /** A message's attachments (the parts with a file name), in order. */
    static List<jakarta.mail.BodyPart> attachments(MimeMessage message) throws MessagingException, IOException {
        List<jakarta.mail.BodyPart> found = new java.util.ArrayList<>();
        if (message.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).getFileName() != null) {
                    found.add(parts.getBodyPart(i));
                }
            }
        }
        return found;
    }

    /** Every message received since the server last came up, to this recipient. */
    synchronized List<MimeMessage> to(String recipient) {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(addressedTo(recipient))
                .toList();
    }

    /** What a recipient got: distinct messages (by Message-ID) and copies in all. */
    record Received(int messages, int copies) {}

    /**
     * What each recipient got since the last call, then forgets it: a load test's rounds would
     * otherwise keep every message in memory. A copy sent again carries the same Message-ID
     * (the outbox's id): one message, two copies.
     */
    synchronized Map<String, Received> drainByRecipient() throws Exception {
        Map<String, java.util.Set<String>> ids = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Integer> copies = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (greenMail != null) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                Address[] to = message.getAllRecipients();
                for (Address address : to == null ? new Address[0] : to) {
                    ids.computeIfAbsent(address.toString(), a -> new java.util.HashSet<>())
                            .add(message.getMessageID());
                    copies.merge(address.toString(), 1, Integer::sum);
                }
            }
            greenMail.purgeEmailFromAllMailboxes();
        }
        Map<String, Received> received = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ids.forEach(
                (recipient, messages) -> received.put(recipient, new Received(messages.size(), copies.get(recipient))));
        return received;
    }

    /** Waits until at least {@code count} messages to the recipient arrived, and answers them all. */
    List<MimeMessage> await(String recipient, int count, Duration timeout) throws InterruptedException {
        return Waits.until(
                count + " messages to " + recipient,
                timeout,
                () -> to(recipient),
                received -> received.size() >= count);
    }

    private static Predicate<MimeMessage> addressedTo(String recipient) {
        return message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null
                        && Arrays.stream(to)
                                .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                // A recipient Jakarta Mail cannot parse (tests mail addresses that are not ASCII on
                // purpose) must not stop every other test from reading its mail: compare the raw header.
                return rawRecipients(message)
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains(recipient.toLowerCase(java.util.Locale.ROOT));
            }
        };
    }

    private static String rawRecipients(MimeMessage message) {
        try {
            String to = message.getHeader("To", ",");
            return to == null ? "" : to;
        } catch (MessagingException e) {
            return "";
        }
    }

    @Override
    public void close() {
        takeDown();
    }
}
