package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.HoldRelease;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderPricing;
import org.marquee.core.order.OrderPromos;
import org.marquee.core.order.Orders;
import org.marquee.core.order.StartedOrder;
import org.marquee.core.platform.Money;
import org.marquee.core.promo.AppliedPromo;
import org.marquee.core.promo.CategoryLocked;
import org.marquee.core.promo.DiscountKind;
import org.marquee.core.promo.PriceQuote;
import org.marquee.core.promo.PromoCodeDraft;
import org.marquee.core.promo.PromoCodeExhausted;
import org.marquee.core.promo.PromoCodeRefused;
import org.marquee.core.promo.PromoCodeRefused.Reason;
import org.marquee.core.promo.PromoCodes;
import org.marquee.core.promo.PromoUses;
import org.marquee.core.promo.TicketChoice;

/**
 * Promo codes inside the server, on PostgreSQL, with real threads: orders racing for the last uses
 * of a code and for a buyer's allowance, uses coming back when orders expire (with and without the
 * sweeper), refusals that change nothing, and prices with a code that unlocks a hidden category.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class PromoCodesIT {

    private static final String ADMIN = "promo-admin@marquee.test";

    @EJB
    private Categories categories;

    @EJB
    private Sessions sessions;

    @EJB
    private Orders orders;

    @EJB
    private PromoCodes promoCodes;

    @EJB
    private PromoUses promoUses;

    @EJB
    private OrderPromos orderPromos;

    @EJB
    private OrderPricing pricing;

    @EJB
    private HoldRelease holdRelease;

    @EJB
    private UserAccounts accounts;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    @Resource
    private UserTransaction transaction;

    private Sql sql;

    private CheckoutProgramme hall;
    private long eventId;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(PromoCodesIT.class, CheckoutProgramme.class);
    }

    /** Whatever the test raced for, the consistency check finds nothing wrong in the hall's event. */
    @AfterEach
    void consistentAfterwards() throws Exception {
        sql.assertConsistent(hall.sessionId());
    }

    @BeforeEach
    void aHallOnSale() throws SQLException {
        sql = new Sql(db);
        hall = CheckoutProgramme.create(db, 4, 10, 300);
        eventId = sql.number("select event_id from event_session where id = ?", hall.sessionId());
    }

    private String code(Consumer<PromoCodeDraft> terms) {
        PromoCodeDraft draft = new PromoCodeDraft();
        draft.setCode("t" + Long.toString(System.nanoTime(), 36));
        draft.setKind(DiscountKind.PERCENT);
        draft.setAmount(java.math.BigDecimal.TEN);
        terms.accept(draft);
        return Callers.as(
                ADMIN, Role.ADMIN, () -> promoCodes.create(eventId, draft).code());
    }

    private StartedOrder start() {
        return orders.start(hall.sessionId(), Buyer.guest());
    }

    private static OrderAccess access(StartedOrder order) {
        return OrderAccess.of(order.orderId(), order.token());
    }

    @Test
    void twoHundredOrdersRaceForAHundredUsesAndExactlyAHundredAreServed() throws Exception {
        String code = code(d -> d.setMaxUses(100));
        long codeId = sql.number("select id from promo_code where code = ?", code);
        Set<Long> served = ConcurrentHashMap.newKeySet();
        Set<Long> refused = ConcurrentHashMap.newKeySet();
        AtomicLong highest = new AtomicLong();
        AtomicBoolean racing = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (racing.get()) {
                try {
                    highest.accumulateAndGet(sql.number("select uses from promo_code where id = ?", codeId), Math::max);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        watcher.start();
        race(200, buyer -> {
            StartedOrder order = start();
            String typed = buyer % 2 == 0 ? code.toLowerCase(Locale.ROOT) : " " + code + " ";
            try {
                AppliedPromo applied = orderPromos.apply(access(order), typed, null);
                assertEquals(code, applied.code());
                served.add(order.orderId());
            } catch (PromoCodeExhausted e) {
                assertEquals(Reason.USED_UP, e.reason());
                refused.add(order.orderId());
            }
        });
        racing.set(false);
        watcher.join();

        assertEquals(100, served.size(), "exactly the limit was served");
        assertEquals(100, refused.size(), "every other caller was told it is used up");
        assertEquals(100, sql.number("select uses from promo_code where id = ?", codeId));
        assertTrue(highest.get() <= 100, "the count never passed the limit: " + highest.get());
        assertEquals(
                served,
                sql.ids("select order_id from promo_code_use where promo_code_id = ? and state = 'HELD'", codeId),
                "the uses stored are those of the orders that were told they had the code");
    }

    @Test
    void aBuyerLimitHoldsUnderConcurrencyByEmailForGuestsAndByAccount() throws Exception {
        String code = code(d -> d.setMaxUsesPerBuyer(2));
        long codeId = sql.number("select id from promo_code where code = ?", code);
        String login = "promo-" + System.nanoTime() + "@marquee.test";
        accounts.register(login, "Promo Buyer", "a long enough password 1", Set.of(Role.BUYER));
        Set<Long> guestServed = ConcurrentHashMap.newKeySet();
        Set<Long> userServed = ConcurrentHashMap.newKeySet();
        Set<Long> limited = ConcurrentHashMap.newKeySet();
        race(40, buyer -> {
            boolean guest = buyer % 2 == 0;
            StartedOrder order = orders.start(hall.sessionId(), guest ? Buyer.guest() : Buyer.user(login));
            try {
                orderPromos.apply(
                        access(order),
                        code,
                        guest ? (buyer % 4 == 0 ? "Same@Example.org" : "same@example.org ") : null);
                (guest ? guestServed : userServed).add(order.orderId());
            } catch (PromoCodeExhausted e) {
                assertEquals(Reason.BUYER_LIMIT, e.reason());
                limited.add(order.orderId());
            }
        });
        assertEquals(2, guestServed.size(), "one guest email, two uses");
        assertEquals(2, userServed.size(), "one account, two uses");
        assertEquals(36, limited.size(), "everyone else was told the buyer's limit is reached");
        assertEquals(4, sql.number("select uses from promo_code where id = ?", codeId));

        StartedOrder other = start();
        orderPromos.apply(access(other), code, "someone.else@example.org");
        StartedOrder anonymous = start();
        assertRefused(Reason.EMAIL_NEEDED, () -> orderPromos.apply(access(anonymous), code, null));
    }

    @Test
    void anExpiredOrderGivesItsUseBackToTheNextBuyerEvenBeforeTheSweeper() throws Exception {
        String code = code(d -> d.setMaxUses(1));
        long codeId = sql.number("select id from promo_code where code = ?", code);
        StartedOrder first = start();
        orderPromos.apply(access(first), code, null);
        StartedOrder second = start();
        assertRefused(Reason.USED_UP, () -> orderPromos.apply(access(second), code, null));

        expire(first);
        orderPromos.apply(access(second), code, null);
        assertEquals(1, sql.number("select uses from promo_code where id = ?", codeId));
        assertEquals("RELEASED", sql.text("select state from promo_code_use where order_id = ?", first.orderId()));
        assertEquals("HELD", sql.text("select state from promo_code_use where order_id = ?", second.orderId()));
    }

    @Test
    void theSweeperReturnsTheUsesOfTheOrdersItCancels() throws Exception {
        String code = code(d -> d.setMaxUses(2));
        long codeId = sql.number("select id from promo_code where code = ?", code);
        StartedOrder first = start();
        StartedOrder second = start();
        orderPromos.apply(access(first), code, null);
        orderPromos.apply(access(second), code, null);
        expire(first);
        expire(second);

        while (holdRelease.releaseExpired(200).size() == 200) {
            // other tests' expired orders, if any
        }

        assertEquals(0, sql.number("select uses from promo_code where id = ?", codeId));
        assertEquals(
                2,
                sql.number(
                        "select count(*) from promo_code_use where promo_code_id = ? and state = 'RELEASED'", codeId));
        assertEquals("CANCELLED", sql.text("select status from event_session_order where id = ?", first.orderId()));
        StartedOrder third = start();
        orderPromos.apply(access(third), code, null);
        assertEquals(1, sql.number("select uses from promo_code where id = ?", codeId));
    }

    @Test
    void aPaidOrdersUseIsFinalAndRemovingACodeGivesItsUseBack() throws Exception {
        String code = code(d -> d.setMaxUses(1));
        long codeId = sql.number("select id from promo_code where code = ?", code);
        StartedOrder buyer = start();
        orderPromos.apply(access(buyer), code, null);
        orderPromos.remove(access(buyer));
        assertEquals(0, sql.number("select uses from promo_code where id = ?", codeId), "removed: the use is back");
        assertEquals(0, sql.number("select count(*) from promo_code_use where order_id = ?", buyer.orderId()));

        orderPromos.apply(access(buyer), code, null);
        orderPromos.apply(access(buyer), code.toLowerCase(Locale.ROOT), null);
        assertEquals(
                1,
                sql.number("select uses from promo_code where id = ?", codeId),
                "the same code again changes nothing");
        transaction.begin();
        assertTrue(promoUses.orderPaid(buyer.orderId()));
        transaction.commit();
        assertEquals("FINAL", sql.text("select state from promo_code_use where order_id = ?", buyer.orderId()));
        expire(buyer);
        StartedOrder late = start();
        assertRefused(Reason.USED_UP, () -> orderPromos.apply(access(late), code, null));
        assertEquals(
                1, sql.number("select uses from promo_code where id = ?", codeId), "a final use is never reclaimed");
    }

    @Test
    void refusalsSayWhyAndChangeNothing() throws Exception {
        StartedOrder buyer = start();
        String future =
                code(d -> d.setValidFrom(LocalDateTime.now(ZoneOffset.UTC).plusDays(1)));
        String past = code(d -> {
            d.setValidFrom(LocalDateTime.now(ZoneOffset.UTC).minusDays(2));
            d.setValidUntil(LocalDateTime.now(ZoneOffset.UTC).minusDays(1));
        });
        String withdrawn = code(d -> d.setMaxUses(5));
        long withdrawnId = sql.number("select id from promo_code where code = ?", withdrawn);
        Callers.as(ADMIN, Role.ADMIN, () -> promoCodes.deactivate(withdrawnId));
        CheckoutProgramme otherHall = CheckoutProgramme.create(db, 1, 2, 5);
        long otherEvent = sql.number("select event_id from event_session where id = ?", otherHall.sessionId());
        PromoCodeDraft elsewhere = new PromoCodeDraft();
        elsewhere.setCode("else" + Long.toString(System.nanoTime(), 36));
        elsewhere.setAmount(java.math.BigDecimal.ONE);
        String otherEventsCode = Callers.as(ADMIN, Role.ADMIN, () -> promoCodes
                .create(otherEvent, elsewhere)
                .code());
        String before = snapshot();

        assertRefused(Reason.UNKNOWN, () -> orderPromos.apply(access(buyer), "NO-SUCH-CODE", null));
        assertRefused(Reason.NOT_YET_VALID, () -> orderPromos.apply(access(buyer), future, null));
        assertRefused(Reason.EXPIRED, () -> orderPromos.apply(access(buyer), past, null));
        assertRefused(Reason.WITHDRAWN, () -> orderPromos.apply(access(buyer), withdrawn, null));
        assertRefused(Reason.NOT_FOR_EVENT, () -> orderPromos.apply(access(buyer), otherEventsCode, null));
        assertThrows(
                org.marquee.core.order.NotYourOrder.class,
                () -> orderPromos.apply(OrderAccess.of(buyer.orderId(), "guess"), future, null));

        assertEquals(before, snapshot(), "no refusal changed a code or a use");
        assertThrows(
                org.marquee.core.platform.InvalidField.class,
                () -> Callers.as(ADMIN, Role.ADMIN, () -> promoCodes.create(eventId, copyOf(future))),
                "codes are unique whatever their case");
    }

    @Test
    void aCodeUnlocksItsHiddenCategoryAndDiscountsOnlyIt() throws Exception {
        long vip = Callers.as(
                        ADMIN,
                        Role.ADMIN,
                        () -> sessions.addPriceCategory(
                                hall.sessionId(),
                                "VIP",
                                false,
                                null,
                                Map.of(hall.seatedSectionId(), Money.ofMinor(9000, "EUR"))))
                .id();
        String code = code(d -> {
            d.setPriceCategoryId(vip);
            d.setAmount(java.math.BigDecimal.valueOf(20));
        });
        StartedOrder buyer = start();
        List<TicketChoice> tickets = List.of(
                new TicketChoice(hall.seatedSectionId(), vip, 2), new TicketChoice(hall.standingSectionId(), null, 1));
        assertThrows(CategoryLocked.class, () -> pricing.quote(access(buyer), tickets));
        assertTrue(pricing.offered(access(buyer)).categories().isEmpty(), "the hidden category is not offered");

        orderPromos.apply(access(buyer), code, null);
        assertEquals(1, pricing.offered(access(buyer)).categories().size(), "the code unlocks it");
        PriceQuote quote = pricing.quote(access(buyer), tickets);
        assertEquals(18000 + 2500, quote.subtotal().minor());
        assertEquals(3600, quote.discount().minor(), "20% of the VIP tickets only");
        assertEquals(18000 + 2500 - 3600, quote.total().minor());
    }

    private static PromoCodeDraft copyOf(String code) {
        PromoCodeDraft draft = new PromoCodeDraft();
        draft.setCode(code.toLowerCase(Locale.ROOT));
        draft.setAmount(java.math.BigDecimal.ONE);
        return draft;
    }

    private static void assertRefused(Reason reason, Executable apply) {
        PromoCodeRefused refusal = assertThrows(PromoCodeRefused.class, apply);
        assertEquals(reason, refusal.reason(), refusal.getMessage());
    }

    /** Starts every buyer at once on 32 threads; any unexpected failure fails the test. */
    private void race(int buyers, BuyerScript buyer) throws Exception {
        Races.run(buyers, 32, Duration.ofSeconds(180), n -> {
            buyer.act(n);
            return null;
        });
    }

    @FunctionalInterface
    private interface BuyerScript {
        void act(int buyer) throws Exception;
    }

    /** The order's hold ran out: its expiry and its use's copy of it are in the past. */
    private void expire(StartedOrder order) throws SQLException {
        sql.update(
                "update event_session_order set created_at = created_at - interval '1 hour',"
                        + " expire_if_not_completed_at = now() - interval '1 second' where id = ?",
                order.orderId());
        sql.update(
                "update promo_code_use set held_until = now() - interval '1 second' where order_id = ? and state = 'HELD'",
                order.orderId());
    }

    private String snapshot() throws SQLException {
        return sql.rows("select id, uses, active, version from promo_code order by id")
                + sql.rows("select order_id, promo_code_id, state from promo_code_use order by order_id");
    }
}
