package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marquee.systemtest.CheckoutApiClient.API;
import static org.marquee.systemtest.CheckoutApiClient.assertProblem;
import static org.marquee.systemtest.CheckoutApiClient.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Promo codes through the checkout API over HTTP: applying (any case), pricing with the code,
 * removing, and each refusal as application/problem+json with a clear title.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckoutPromoApiIT {

    private final CheckoutApiClient api = new CheckoutApiClient();

    private long sessionId;
    private long standingSectionId;
    private long standingPrice;
    private String code;
    private String single;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    /** A session on sale of the test's own with a standing section, and two codes of its event: 25% off, and one of a single use. */
    @BeforeEach
    void aSessionOnSaleWithCodes() throws Exception {
        BurstArena arena = BurstArena.create(2, 10, 100, 1).open();
        sessionId = arena.sessionIds().get(0);
        standingSectionId = arena.standingSectionId();
        standingPrice = TestDatabase.count(
                "select coalesce((select price_minor from session_section_price where session_id = ? and section_id = ?),"
                        + " (select starting_price_minor from section where id = ?))",
                sessionId,
                standingSectionId,
                standingSectionId);
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        code = "API-" + tag;
        single = "ONCE-" + tag;
        insertCode(code, "null");
        insertCode(single, "1");
    }

    private void insertCode(String text, String maxUses) throws Exception {
        TestDatabase.count(
                "insert into promo_code (id, event_id, code, discount_kind, discount_value, currency, max_uses, created_at)"
                        + " select nextval('promo_code_seq'), s.event_id, ?, 'PERCENT', 25, s.currency, " + maxUses
                        + ", now() from event_session s where s.id = ? returning id",
                text,
                sessionId);
    }

    @Test
    void aCodeIsAppliedPricedAndRemoved() throws Exception {
        JsonObject order = start();
        HttpResponse<String> applied =
                api.send("PUT", promoPath(order), order, "{\"code\": \"" + code.toLowerCase(Locale.ROOT) + "\"}");
        JsonObject promo = json(applied);
        assertEquals(code, promo.getString("code"));
        assertEquals("PERCENT", promo.getString("discountKind"));
        assertEquals(25, promo.getInt("discountValue"));
        assertEquals(code, json(api.send("GET", promoPath(order), order, null)).getString("code"));

        JsonObject quote = json(api.send(
                "POST",
                API + "/orders/" + order.getInt("orderId") + "/quote",
                order,
                "{\"tickets\": [{\"sectionId\": " + standingSectionId + ", \"quantity\": 2}]}"));
        assertEquals(2 * standingPrice, quote.getJsonNumber("subtotalMinor").longValue());
        assertEquals(
                2 * standingPrice * 25 / 100,
                quote.getJsonNumber("discountMinor").longValue());
        assertEquals(
                2 * standingPrice - 2 * standingPrice * 25 / 100,
                quote.getJsonNumber("totalMinor").longValue());
        assertEquals(code, quote.getString("promoCode"));

        assertEquals(204, api.send("DELETE", promoPath(order), order, null).statusCode());
        assertProblem(api.send("GET", promoPath(order), order, null), 404, "notFound", "Promo code");
        JsonObject undiscounted = json(api.send(
                "POST",
                API + "/orders/" + order.getInt("orderId") + "/quote",
                order,
                "{\"tickets\": [{\"sectionId\": " + standingSectionId + ", \"quantity\": 2}]}"));
        assertEquals(0, undiscounted.getJsonNumber("discountMinor").longValue());
    }

    @Test
    void refusalsAreProblemsWithClearTitles() throws Exception {
        JsonObject order = start();
        JsonObject rival = start();
        assertProblem(
                api.send("PUT", promoPath(order), order, "{\"code\": \"no-such-code\"}"),
                422,
                "promo.refused.UNKNOWN",
                "There is no promo code \"no-such-code\"");
        json(api.send("PUT", promoPath(order), order, "{\"code\": \"" + single + "\"}"));
        assertProblem(
                api.send("PUT", promoPath(rival), rival, "{\"code\": \"" + single + "\"}"),
                409,
                "promo.refused.USED_UP",
                "has been used as often as it may be");
        assertProblem(
                api.send("PUT", promoPath(order), rival, "{\"code\": \"" + code + "\"}"), 403, "order.notYours", "");
        assertProblem(api.send("PUT", promoPath(order), order, "{}"), 400, "invalidInput", "code");
        assertProblem(
                api.send("PUT", promoPath(order), order, "{\"code\": \"" + code + "\", \"email\": \"not-an-address\"}"),
                400,
                "invalidInput",
                "Not an email address");
        assertEquals(
                1,
                TestDatabase.count("select uses from promo_code where code = ?", single),
                "no refusal took or gave back a use");
    }

    private JsonObject start() throws Exception {
        return api.start(sessionId);
    }

    private static String promoPath(JsonObject order) {
        return API + "/orders/" + order.getInt("orderId") + "/promo";
    }
}
