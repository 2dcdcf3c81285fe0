package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.notify.Outbox;
import org.marquee.core.notify.OutboxDispatcher;

/**
 * The outbox inside the server, on PostgreSQL, against GreenMail started in the server too: a
 * message exists only if its transaction commits, arrives once in the recipient's language, is
 * never enqueued twice for one event, survives a mail server outage, and is sent once however
 * many dispatchers race for it. The server's own timer polls every 500 ms meanwhile (the test
 * settings of the build: first retry after 1 s, 5 attempts).
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class OutboxIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    @EJB
    private Outbox outbox;

    @EJB
    private OutboxDispatcher dispatcher;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource database;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithMailTests(OutboxIT.class);
    }

    @Test
    void aMessageWhoseTransactionRollsBackIsNeitherStoredNorSent() throws Exception {
        String key = unique("rolled-back");
        String recipient = key + "@marquee.test";
        try (MailServer mail = MailServer.start()) {
            transaction.begin();
            assertTrue(enqueue(key, recipient, Locale.ENGLISH));
            transaction.rollback();

            dispatcher.dispatchDue();

            assertEquals(0, count("select count(*) from outbox_message where dedupe_key = ?", key));
            Waits.stays(
                    "no mail to " + recipient,
                    Duration.ofMillis(1500),
                    () -> mail.to(recipient).size(),
                    0);
        }
        assertThrows(
                EJBTransactionRequiredException.class,
                () -> enqueue(key, recipient, Locale.ENGLISH),
                "enqueueing outside a transaction is refused: it would commit on its own");
    }

    @Test
    void aCommittedMessageArrivesOnceInTheRecipientsLanguage() throws Exception {
        String key = unique("committed");
        String recipient = key + "@marquee.test";
        try (MailServer mail = MailServer.start()) {
            transaction.begin();
            enqueue(key, recipient, Locale.forLanguageTag("de-DE"));
            transaction.commit();

            MimeMessage message = mail.await(recipient, 1, ARRIVAL).get(0);
            assertEquals("Testnachricht von Marquee", message.getSubject());
            assertEquals("de", message.getHeader("Content-Language", null));
            assertTrue(message.getHeader("Message-ID", null).startsWith("<outbox-"));
            Multipart alternatives = (Multipart) message.getContent();
            assertTrue(alternatives.getContentType().startsWith("multipart/alternative"));
            assertTrue(((String) alternatives.getBodyPart(0).getContent()).contains("angefordert von OutboxIT"));
            assertTrue(alternatives.getBodyPart(1).getContentType().startsWith("text/html"));

            // Several more runs of the timer.
            Waits.stays(
                    "sent once", Duration.ofSeconds(2), () -> mail.to(recipient).size(), 1);
            assertEquals(
                    1,
                    count(
                            "select count(*) from outbox_message where dedupe_key = ? and status = 'SENT'"
                                    + " and attempts = 1 and language = 'de'",
                            key));
        }
    }

    @Test
    void theSameBusinessEventIsEnqueuedOnce() throws Exception {
        String key = unique("order-paid");
        String first = key + "-first@marquee.test";
        String second = key + "-second@marquee.test";
        try (MailServer mail = MailServer.start()) {
            transaction.begin();
            assertTrue(enqueue(key, first, Locale.ENGLISH));
            transaction.commit();
            transaction.begin();
            assertFalse(enqueue(key, second, Locale.ENGLISH), "the second enqueue is refused");
            transaction.commit();

            mail.await(first, 1, ARRIVAL);
            Waits.stays(
                    "one mail to the first recipient, none to the second",
                    Duration.ofMillis(1500),
                    () -> List.of(mail.to(first).size(), mail.to(second).size()),
                    List.of(1, 0));
            assertEquals(1, count("select count(*) from outbox_message where dedupe_key = ?", key));
        }
    }

    @Test
    void whileTheMailServerIsDownAMessageIsRetriedWithGrowingPausesAndArrivesWhenItIsBack() throws Exception {
        String key = unique("outage");
        String recipient = key + "@marquee.test";
        try (MailServer mail = MailServer.down()) {
            transaction.begin();
            enqueue(key, recipient, Locale.ENGLISH);
            transaction.commit();

            Instant afterFirstFailure = awaitAttempts(key, 1);
            Instant afterSecondFailure = awaitAttempts(key, 2);
            assertEquals("PENDING", string("select status from outbox_message where dedupe_key = ?", key));
            assertTrue(
                    string("select last_error from outbox_message where dedupe_key = ?", key)
                            .contains("Connection refused"),
                    "the last error is kept");
            // The first failure waits 1 s, the second 2 s: the second retry is due at least 2 s
            // after the first one was.
            assertTrue(
                    Duration.between(afterFirstFailure, afterSecondFailure).compareTo(Duration.ofMillis(1900)) >= 0,
                    "back-off grows: " + afterFirstFailure + " then " + afterSecondFailure);

            mail.up();
            mail.await(recipient, 1, ARRIVAL);
            awaitStatus(key, "SENT");
            assertEquals(3, count("select attempts from outbox_message where dedupe_key = ?", key));
            Waits.stays(
                    "one mail after the outage",
                    Duration.ofMillis(1500),
                    () -> mail.to(recipient).size(),
                    1);
        }
    }

    @Test
    void dispatchersRacingOnRealThreadsSendEachMessageOnce() throws Exception {
        String run = unique("race");
        int messages = 60;
        int racers = 3;
        try (MailServer mail = MailServer.start()) {
            transaction.begin();
            for (int i = 0; i < messages; i++) {
                enqueue(run + "-" + i, run + "-" + i + "@marquee.test", Locale.ENGLISH);
            }
            transaction.commit();

            // The server's own timer races too.
            CyclicBarrier start = new CyclicBarrier(racers);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                done.add(executor.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    // A run that sends nothing finds the rest leased by another racer and polls again.
                    Waits.until("every message of " + run + " sent", Duration.ofSeconds(30), () -> {
                        dispatcher.dispatchDue();
                        return pending(run) == 0;
                    });
                    return null;
                }));
            }
            for (Future<?> racer : done) {
                racer.get(60, TimeUnit.SECONDS);
            }

            Waits.stays(
                    "one copy to each of the " + messages + " recipients",
                    Duration.ofMillis(1500),
                    () -> java.util.stream.IntStream.range(0, messages)
                            .map(i -> mail.to(run + "-" + i + "@marquee.test").size())
                            .boxed()
                            .toList(),
                    java.util.Collections.nCopies(messages, 1));
            assertEquals(
                    messages,
                    count(
                            "select count(*) from outbox_message where dedupe_key like ? and status = 'SENT'"
                                    + " and attempts = 1",
                            run + "-%"));
        }
    }

    private boolean enqueue(String key, String recipient, Locale locale) {
        return outbox.enqueueEmail(key, recipient, "test", locale, Map.of("requestedBy", "OutboxIT"));
    }

    private long pending(String run) throws SQLException {
        return count("select count(*) from outbox_message where dedupe_key like ? and status = 'PENDING'", run + "-%");
    }

    /** Waits until the message has failed this many times; answers when its next attempt is due. */
    private Instant awaitAttempts(String key, int attempts) throws Exception {
        return Waits.until(
                        "attempt " + attempts + " of " + key,
                        ARRIVAL,
                        () -> {
                            try (Connection connection = database.getConnection();
                                    PreparedStatement query = connection.prepareStatement(
                                            "select attempts, next_attempt_at from outbox_message where dedupe_key = ?")) {
                                query.setString(1, key);
                                try (ResultSet row = query.executeQuery()) {
                                    if (row.next() && row.getInt(1) == attempts) {
                                        return java.util.Optional.of(row.getObject(2, OffsetDateTime.class)
                                                .toInstant());
                                    }
                                    if (row.getRow() > 0 && row.getInt(1) > attempts) {
                                        throw new AssertionError("Missed attempt " + attempts + " of " + key);
                                    }
                                    return java.util.Optional.<Instant>empty();
                                }
                            }
                        },
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private void awaitStatus(String key, String status) throws Exception {
        Waits.until(
                key + " " + status,
                ARRIVAL,
                () -> status.equals(string("select status from outbox_message where dedupe_key = ?", key)));
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(string(sql, parameters));
    }

    private String string(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime();
    }
}
