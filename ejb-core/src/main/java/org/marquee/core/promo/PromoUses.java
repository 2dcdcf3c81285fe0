package org.marquee.core.promo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.marquee.core.catalog.SessionPrices;
import org.marquee.core.catalog.SessionPricing;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.promo.PromoCodeRefused.Reason;

/**
 * Applying a code to an order and keeping count of its uses.
 *
 * <p>A use is counted by one conditional statement, {@value #COUNT}: it changes the code's row
 * only while a use is left and locks it until the transaction ends, so two orders can never take
 * the last use together, and the per-buyer count that follows runs alone for this code. Every
 * use is a row tied to its order: HELD until the order's expiry, FINAL once paid, RELEASED when
 * the order is cancelled or expired; the count is the number of HELD and FINAL rows.
 *
 * <p>Locks are taken in one order everywhere (the order's row, then use rows, then code rows by
 * id), and use rows of expired orders are taken with SKIP LOCKED, so applying and releasing do not
 * deadlock.
 */
@Stateless
public class PromoUses {

    static final String COUNT =
            "update promo_code set uses = uses + 1 where id = ? and active = true and (max_uses is null or uses < max_uses)";
    private static final String GIVE_BACK = "update promo_code set uses = uses - ? where id = ?";
    private static final String LIVE_USE = "(state = 'FINAL' or (state = 'HELD' and held_until > ?))";
    private static final OffsetDateTime FINAL = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SessionPricing pricing;

    /**
     * Applies a code to a live order of its buyer, replacing the code it had. A guest gives an
     * email when the code is limited per buyer (a logged-in buyer is counted by account). Applying
     * the code the order has already changes nothing. The caller (the order's own service) has
     * checked the buyer's access and locked the order.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AppliedPromo apply(PromoTarget order, String typedCode, String guestEmail) {
        String normalized = PromoCode.normalize(typedCode);
        if (normalized.isEmpty()) {
            throw new InvalidInput("Type a promo code");
        }
        Instant now = clock.instant();
        PromoCode code = byCode(normalized).orElseThrow(() -> PromoCodeRefused.because(Reason.UNKNOWN, typedCode));
        Optional<Long> current = heldCode(order.orderId());
        if (current.isPresent() && current.get().equals(code.id())) {
            return applied(code);
        }
        code.checkUsableAt(now);
        SessionPrices session = pricing.of(order.sessionId());
        code.checkScope(
                session.eventId(),
                order.sessionId(),
                session.categories().stream()
                        .map(SessionPrices.CategoryPrices::id)
                        .collect(Collectors.toSet()),
                session.currency());
        String buyer = buyerKey(order, guestEmail, code);
        current.ifPresent(previous -> drop(order.orderId(), previous));
        count(code, now);
        if (code.maxUsesPerBuyer() != null && buyerUses(code.id(), buyer, now) >= code.maxUsesPerBuyer()) {
            throw PromoCodeRefused.because(Reason.BUYER_LIMIT, code.code());
        }
        em.createNativeQuery("insert into promo_code_use (order_id, promo_code_id, buyer_key, state, held_until,"
                        + " applied_at) values (?, ?, ?, 'HELD', ?, ?)")
                .setParameter(1, order.orderId())
                .setParameter(2, code.id())
                .setParameter(3, buyer)
                .setParameter(4, SqlValues.at(order.holdUntil()))
                .setParameter(5, SqlValues.at(now))
                .executeUpdate();
        return applied(code);
    }

    /** Takes the code off a live order the caller has locked; its use is given back at once. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void remove(long orderId) {
        heldCode(orderId).ifPresent(code -> drop(orderId, code));
    }

    /** The code an order carries, held or final (for callers that checked the access already). */
    public Optional<AppliedPromo> applied(long orderId) {
        List<?> ids = em.createNativeQuery(
                        "select promo_code_id from promo_code_use where order_id = ? and state in ('HELD', 'FINAL')")
                .setParameter(1, orderId)
                .getResultList();
        return ids.stream()
                .findFirst()
                .map(id -> em.find(PromoCode.class, SqlValues.number(id)))
                .map(PromoUses::applied);
    }

    /**
     * Gives back the uses of orders that were cancelled or expired (the caller's transaction,
     * which has closed them). Returns how many uses came back.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int releaseOrders(List<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return 0;
        }
        Query locking = em.createNativeQuery("select order_id, promo_code_id from promo_code_use where order_id in ("
                + SqlValues.placeholders(orderIds.size())
                + ") and state in ('HELD', 'FINAL') order by order_id for update");
        for (int i = 0; i < orderIds.size(); i++) {
            locking.setParameter(i + 1, orderIds.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = locking.getResultList();
        Map<Long, Integer> byCode = new TreeMap<>();
        rows.forEach(row -> byCode.merge(SqlValues.number(row[1]), 1, Integer::sum));
        release(rows.stream().map(row -> SqlValues.number(row[0])).toList(), byCode);
        return rows.size();
    }

    /**
     * Makes an order's use final when the order is paid (the caller's transaction). A use that was
     * given back because the order had expired is counted again if one is left; answers false if
     * none is, so that the payment can decide (the price was quoted with the code).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean orderPaid(long orderId) {
        List<?> states = em.createNativeQuery("select state from promo_code_use where order_id = ? for update")
                .setParameter(1, orderId)
                .getResultList();
        if (states.isEmpty() || "FINAL".equals(states.get(0))) {
            return true;
        }
        if ("RELEASED".equals(states.get(0))) {
            long codeId =
                    SqlValues.number(em.createNativeQuery("select promo_code_id from promo_code_use where order_id = ?")
                            .setParameter(1, orderId)
                            .getSingleResult());
            int counted = em.createNativeQuery(
                            "update promo_code set uses = uses + 1 where id = ? and (max_uses is null or uses < max_uses)")
                    .setParameter(1, codeId)
                    .executeUpdate();
            if (counted == 0) {
                return false;
            }
        }
        em.createNativeQuery(
                        "update promo_code_use set state = 'FINAL', held_until = ?, closed_at = ? where order_id = ?")
                .setParameter(1, FINAL)
                .setParameter(2, SqlValues.at(clock.instant()))
                .setParameter(3, orderId)
                .executeUpdate();
        return true;
    }

    /**
     * Holds an order's use as long as the order's seats while its buyer pays (the caller's
     * transaction, which locked the order's row).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void extendHold(long orderId, Instant until) {
        em.createNativeQuery("update promo_code_use set held_until = ? where order_id = ? and state = 'HELD'")
                .setParameter(1, SqlValues.at(until))
                .setParameter(2, orderId)
                .executeUpdate();
    }

    /** Counts one use of the code, or says why there is none: withdrawn meanwhile, or used up. */
    private void count(PromoCode code, Instant now) {
        if (countOne(code.id())) {
            return;
        }
        if (reclaimExpired(code.id(), now) > 0 && countOne(code.id())) {
            return;
        }
        Object active = em.createNativeQuery("select active from promo_code where id = ?")
                .setParameter(1, code.id())
                .getSingleResult();
        throw PromoCodeRefused.because(Boolean.TRUE.equals(active) ? Reason.USED_UP : Reason.WITHDRAWN, code.code());
    }

    private boolean countOne(long codeId) {
        return em.createNativeQuery(COUNT).setParameter(1, codeId).executeUpdate() == 1;
    }

    /**
     * Gives back the uses of orders whose hold ran out before the sweeper cancelled them, so that
     * an expired order never keeps the last use from a buyer (rows another transaction is
     * releasing are skipped, not waited for).
     */
    private int reclaimExpired(long codeId, Instant now) {
        List<?> ids = em.createNativeQuery("select order_id from promo_code_use where promo_code_id = ?"
                        + " and state = 'HELD' and held_until <= ? order by order_id for update skip locked")
                .setParameter(1, codeId)
                .setParameter(2, SqlValues.at(now))
                .getResultList();
        List<Long> orderIds = ids.stream().map(SqlValues::number).toList();
        if (!orderIds.isEmpty()) {
            release(orderIds, Map.of(codeId, orderIds.size()));
        }
        return orderIds.size();
    }

    /** Marks the locked use rows released and gives their uses back, code by code in id order. */
    private void release(List<Long> orderIds, Map<Long, Integer> usesByCode) {
        if (orderIds.isEmpty()) {
            return;
        }
        Query released = em.createNativeQuery("update promo_code_use set state = 'RELEASED', closed_at = ?"
                + " where order_id in (" + SqlValues.placeholders(orderIds.size()) + ")");
        released.setParameter(1, SqlValues.at(clock.instant()));
        for (int i = 0; i < orderIds.size(); i++) {
            released.setParameter(i + 2, orderIds.get(i));
        }
        released.executeUpdate();
        new TreeMap<>(usesByCode).forEach((codeId, n) -> em.createNativeQuery(GIVE_BACK)
                .setParameter(1, n)
                .setParameter(2, codeId)
                .executeUpdate());
    }

    /** Takes a held use off an order and gives it back. */
    private void drop(long orderId, long codeId) {
        int deleted = em.createNativeQuery("delete from promo_code_use where order_id = ? and state = 'HELD'")
                .setParameter(1, orderId)
                .executeUpdate();
        if (deleted > 0) {
            em.createNativeQuery(GIVE_BACK)
                    .setParameter(1, deleted)
                    .setParameter(2, codeId)
                    .executeUpdate();
        }
    }

    private Optional<Long> heldCode(long orderId) {
        List<?> ids = em.createNativeQuery(
                        "select promo_code_id from promo_code_use where order_id = ? and state = 'HELD'")
                .setParameter(1, orderId)
                .getResultList();
        return ids.stream().findFirst().map(SqlValues::number);
    }

    private long buyerUses(long codeId, String buyer, Instant now) {
        return SqlValues.number(em.createNativeQuery("select count(*) from promo_code_use where promo_code_id = ?"
                        + " and buyer_key = ? and " + LIVE_USE)
                .setParameter(1, codeId)
                .setParameter(2, buyer)
                .setParameter(3, SqlValues.at(now))
                .getSingleResult());
    }

    /** Whom the per-buyer limit counts: the account, or a guest's email (required only when the code has that limit). */
    private static String buyerKey(PromoTarget order, String guestEmail, PromoCode code) {
        if (order.buyerId() != null) {
            return "user:" + order.buyerId();
        }
        if (guestEmail != null && !guestEmail.isBlank()) {
            if (!EmailAddress.isValid(guestEmail)) {
                throw new InvalidInput("Not an email address: " + guestEmail.strip());
            }
            return "email:" + EmailAddress.normalize(guestEmail);
        }
        if (code.maxUsesPerBuyer() != null) {
            throw PromoCodeRefused.because(Reason.EMAIL_NEEDED, code.code());
        }
        return null;
    }

    private Optional<PromoCode> byCode(String normalized) {
        return em.createQuery("select p from PromoCode p where p.code = :code", PromoCode.class)
                .setParameter("code", normalized)
                .getResultStream()
                .findFirst();
    }

    private static AppliedPromo applied(PromoCode code) {
        return new AppliedPromo(code.code(), code.discount(), code.priceCategoryId());
    }
}
