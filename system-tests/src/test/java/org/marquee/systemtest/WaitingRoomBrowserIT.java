package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;

/**
 * The waiting room as its users meet it: a venue owner switches it on from the session page; a
 * buyer who clicks "Buy tickets" lands in the queue with their place, sees it move, and is taken
 * to the checkout when their turn comes; before the on-sale the event page offers a place and the
 * queue page counts down to the draw. On a desktop and a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WaitingRoomBrowserIT {

    private static final String TAG = "wr" + System.nanoTime();
    private static final String VENUE_OWNER = "room-owner-" + TAG + "@marquee.test";

    private static long onSale;
    private static long presale;
    private static String eventSlug;
    private static String presaleSlug;

    @BeforeAll
    static void hallsAndOwner() throws Exception {
        BurstArena hall = BurstArena.create(2, 10, 20, 1).open();
        onSale = hall.sessionIds().get(0);
        eventSlug = TestDatabase.string("select slug from event where id = ?", hall.eventId());
        TestAccounts.insertMember(
                TestAccounts.insertUser(VENUE_OWNER, TestAccounts.PASSWORD, Role.VENUE),
                "venue_person",
                "venue_id",
                hall.venueId(),
                "OWNER");
        BurstArena later = BurstArena.create(1, 4, 10, 1);
        presale = later.sessionIds().get(0);
        presaleSlug = TestDatabase.string("select slug from event where id = ?", later.eventId());
        TestDatabase.update("update event_session set sales_start = now() + interval '2 hours' where id = ?", presale);
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void theVenueOwnerSwitchesItOnAndABuyerQueuesThenReachesTheCheckout() throws Exception {
        try (Browser owner = new Browser()) {
            owner.open("/venue/");
            owner.logIn(VENUE_OWNER, TestAccounts.PASSWORD);
            owner.waitForPath("/venue/");
            owner.open("/venue/session.xhtml?id=" + onSale);
            owner.find("#waiting-room");
            owner.expectText("#waiting-room-state", "Off");
            owner.click("#waitingRoom\\:enabled .ui-chkbox-box");
            owner.type("#waitingRoom\\:rate", "abc");
            owner.submit("#waitingRoom\\:save");
            AdminSteps.waitForMessageAt(owner, "#waitingRoom\\:rate", "Admit between 1 and 100,000 buyers a minute.");
            assertEquals(0, TestDatabase.count("select count(*) from waiting_room where session_id = ?", onSale));
            owner.type("#waitingRoom\\:rate", "6");
            owner.submit("#waitingRoom\\:save");
            AdminSteps.waitForInfo(owner, "Saved: the waiting room is on.");
            owner.expectText("#waiting-room-state", "On");
            owner.screenshot("waiting-room-owner");
        }
        assertEquals(
                6,
                TestDatabase.count(
                        "select admit_per_minute from waiting_room where session_id = ? and enabled", onSale));

        for (int[] size : new int[][] {{1280, 900}, {412, 915}}) {
            String tag = size[0] > 500 ? "desktop" : "phone";
            // Someone was there first and had their turn: the buyer queues behind them.
            someoneAheadHadTheirTurn();
            try (Browser buyer = new Browser(size[0], size[1])) {
                buyer.open("/events/" + eventSlug);
                buyer.submit("#buy-" + onSale);
                buyer.waitForPath("/checkout/queue.xhtml");
                buyer.find("#queue-place");
                assertTrue(
                        buyer.text("#queue-place").startsWith("Your place in the queue: "), buyer.text("#queue-place"));
                assertTrue(buyer.text("#queue-wait").startsWith("Estimated wait: about "), buyer.text("#queue-wait"));
                buyer.screenshot("waiting-room-queue-" + tag);
                // At 6 a minute the next turn comes within ten seconds; the page goes on by itself.
                buyer.waitFor().withTimeout(Duration.ofSeconds(60)).until(d -> buyer.path()
                        .equals("/checkout/amount.xhtml"));
                buyer.screenshot("waiting-room-admitted-" + tag);
            }
        }
        Consistency.assertConsistent(onSale);
    }

    @Test
    void beforeTheOnSaleTheEventPageOffersAPlaceAndTheQueueCountsDown() throws Exception {
        TestDatabase.update(
                "insert into waiting_room (session_id, enabled, admit_per_minute, admission_minutes,"
                        + " updated_at) values (?, true, 300, 15, now())",
                presale);
        for (int[] size : new int[][] {{1280, 900}, {412, 915}}) {
            String tag = size[0] > 500 ? "desktop" : "phone";
            try (Browser buyer = new Browser(size[0], size[1])) {
                buyer.open("/events/" + presaleSlug);
                buyer.expectText("#queue-" + presale, "Join the waiting room");
                buyer.submit("#queue-" + presale);
                buyer.waitForPath("/checkout/queue.xhtml");
                assertTrue(buyer.text("#queue-before").startsWith("The sale opens at "), buyer.text("#queue-before"));
                buyer.waitFor().until(d -> buyer.text("#queue-opens-in").matches("Opens in 1:5\\d:\\d\\d"));
                buyer.screenshot("waiting-room-before-" + tag);
                // The same browser keeps its place: coming back does not queue it twice.
                buyer.open("/events/" + presaleSlug);
                buyer.submit("#queue-" + presale);
                buyer.waitForPath("/checkout/queue.xhtml");
            }
        }
        assertEquals(2, TestDatabase.count("select count(*) from waiting_room_entry where session_id = ?", presale));
    }

    /** A visitor through the API: a place, asked about until admitted (the room admits one every ten seconds). */
    private static void someoneAheadHadTheirTurn() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> joined = http.send(
                HttpRequest.newBuilder(URI.create(Deployments.url("/checkout/api/queue/" + onSale)))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, joined.statusCode(), joined.body());
        String ticket = joined.body().replaceAll(".*\"ticket\":\"([^\"]+)\".*", "$1");
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> status = http.send(
                    HttpRequest.newBuilder(URI.create(Deployments.url("/checkout/api/queue/" + onSale)))
                            .header("Marquee-Queue-Ticket", ticket)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (status.body().contains("\"state\":\"ADMITTED\"")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the visitor ahead was never admitted");
    }
}
