package org.marquee.core.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marquee.core.inventory.SoldTickets;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.order.OrderSale;
import org.marquee.core.order.OrderStatus;
import org.marquee.core.order.OrderWithdrawal;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.NotFound;

/**
 * The refunds' own records, each change in one transaction, locking the order's row first (the one
 * lock order of the payments): deciding a refund (its row, the intent), taking it for one attempt
 * at the provider, and recording what the provider said. The provider is never called inside
 * these transactions.
 */
@Stateless
public class RefundLedger {

    /** How long one attempt at the provider may take before another worker may try again. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private OrderSale sale;

    @EJB
    private OrderWithdrawal withdrawal;

    @EJB
    private PaymentLedger payments;

    @EJB
    private TicketPrices prices;

    @EJB
    private RefundMails mails;

    @Inject
    private Event<OrderRefunded> refunded;

    /** What a refund asks of the provider, read when it is taken for an attempt. */
    public record Attempt(
            long refundId, Provider provider, String paymentRef, String captureRef, Money amount, String key) {}

    /**
     * Decides a refund of a PAID order: the tickets named (or, with none, an amount), checked
     * against what is left; nothing is changed when it is refused.
     *
     * @param ticketKeys the tickets given back; empty for an amount alone
     * @param amount the amount; null for what the tickets cost (all of what is left when they are
     *     all the order still has)
     */
    public long decide(long orderId, Set<String> ticketKeys, Money amount, String who) {
        EventSessionOrder order = sale.lock(orderId);
        if (order.status() != OrderStatus.PAID) {
            throw new RefundRefused("notPaid", order.pnr(), order.status().name());
        }
        List<OrderRefund> all = refunds(orderId);
        Money left = left(order, all);
        SoldTickets owned = withdrawal.tickets(order);
        Set<String> refundable = new HashSet<>(TicketKey.keys(owned));
        all.stream().filter(r -> r.status() == RefundStatus.REQUESTED).forEach(r -> TicketKey.keys(r.tickets())
                .forEach(refundable::remove));
        for (String key : ticketKeys) {
            if (!refundable.contains(key)) {
                throw new RefundRefused("notATicket", key);
            }
        }
        boolean whole = !refundable.isEmpty() && ticketKeys.containsAll(refundable);
        if (ticketKeys.isEmpty() && amount == null) {
            throw new RefundRefused("nothingChosen");
        }
        Money asked = amount != null ? amount : whole ? left : ticketsPrice(order, ticketKeys, owned.count());
        if (!asked.currency().equals(left.currency())) {
            throw new RefundRefused("currency", left.currency());
        }
        if (asked.isNegative() || (asked.minor() == 0 && ticketKeys.isEmpty())) {
            throw new RefundRefused("notPositive");
        }
        if (asked.compareTo(left) > 0) {
            throw new RefundRefused(
                    "aboveLeft", asked.amount().toPlainString(), left.amount().toPlainString(), left.currency());
        }
        if (ticketKeys.isEmpty() && asked.equals(left)) {
            whole = true;
        }
        Payment payment = paid(orderId);
        if (asked.minor() > 0 && payment == null) {
            throw new RefundRefused("noPayment", order.pnr());
        }
        OrderRefund refund = new OrderRefund(
                orderId,
                payment == null ? null : payment.id(),
                asked,
                RefundReason.REFUNDED,
                whole,
                whole ? new SoldTickets(List.of(), List.of()) : TicketKey.parse(ticketKeys),
                who,
                clock.instant());
        em.persist(refund);
        em.flush();
        return refund.id();
    }

    /**
     * The cancellation's refund of a PAID order: everything left, decided with the order's
     * cancellation (the caller's transaction, which locked the order). Returns the refund, or the
     * one decided before (a re-run job finds it).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Long> decideCancellation(EventSessionOrder order, String who) {
        List<OrderRefund> all = refunds(order.id());
        Optional<OrderRefund> earlier = all.stream()
                .filter(r -> r.reason() == RefundReason.CANCELLED && r.status() != RefundStatus.FAILED)
                .findFirst();
        if (earlier.isPresent()) {
            return Optional.of(earlier.get().id());
        }
        Money left = left(order, all);
        if (left.minor() == 0) {
            return Optional.empty();
        }
        Payment payment = paid(order.id());
        OrderRefund refund = new OrderRefund(
                order.id(),
                payment == null ? null : payment.id(),
                left,
                RefundReason.CANCELLED,
                true,
                new SoldTickets(List.of(), List.of()),
                who,
                clock.instant());
        em.persist(refund);
        em.flush();
        return Optional.of(refund.id());
    }

    /**
     * Takes the refund for one attempt at the provider: empty when it is not due (settled, or
     * another worker holds it). A refund of nothing (a free order's tickets) is recorded at once.
     */
    public Optional<Attempt> take(long refundId, boolean evenIfNotDue) {
        OrderRefund refund = find(refundId);
        sale.lock(refund.orderId());
        em.refresh(refund, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (refund.status() != RefundStatus.REQUESTED
                || (!evenIfNotDue && refund.retryAt().isAfter(now))) {
            return Optional.empty();
        }
        if (refund.amount().minor() == 0) {
            settle(refund, "none", now);
            return Optional.empty();
        }
        Payment payment = em.find(Payment.class, refund.paymentId());
        refund.lease(now.plus(LEASE));
        return Optional.of(new Attempt(
                refund.id(),
                payment.provider(),
                payment.paymentRef(),
                payment.captureRef(),
                refund.amount(),
                refund.idempotencyKey()));
    }

    /** The provider answered the attempt. */
    public void answered(long refundId, ProviderRefund answer) {
        OrderRefund refund = find(refundId);
        sale.lock(refund.orderId());
        em.refresh(refund, LockModeType.PESSIMISTIC_WRITE);
        if (refund.status() != RefundStatus.REQUESTED) {
            return;
        }
        if (!answer.amount().equals(refund.amount())) {
            refund.retryLater(
                    "The provider answered with " + answer.amount() + " for " + refund.amount(), clock.instant());
            return;
        }
        if (answer.pending()) {
            refund.pendingAtProvider(answer.refundRef(), clock.instant());
            return;
        }
        settle(refund, answer.refundRef(), clock.instant());
    }

    /** The attempt failed: refused as asked (FAILED, nothing paid), or asked again later. */
    public void attemptFailed(long refundId, String error, boolean refused) {
        OrderRefund refund = find(refundId);
        sale.lock(refund.orderId());
        em.refresh(refund, LockModeType.PESSIMISTIC_WRITE);
        if (refund.status() != RefundStatus.REQUESTED) {
            return;
        }
        if (refused) {
            refund.fail(error, clock.instant());
        } else {
            refund.retryLater(error, clock.instant());
        }
    }

    private void settle(OrderRefund refund, String ref, Instant now) {
        refund.succeed(ref, now);
        EventSessionOrder order = sale.lock(refund.orderId());
        if (refund.reason() == RefundReason.CANCELLED || order.status() != OrderStatus.PAID) {
            withdrawal.recordLateRefund(order, refund.amount().minor());
        } else if (refund.wholeOrder()) {
            withdrawal.refundWhole(order, refund.amount().minor());
        } else {
            withdrawal.refundTickets(order, refund.tickets(), refund.amount().minor());
        }
        String mailKey = mails.refunded(refund, order);
        refunded.fire(new OrderRefunded(refund.id(), order.id(), mailKey));
    }

    /** Refunds due for an attempt (requested, their retry time reached), oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(int limit) {
        return em.createQuery(
                        "select r.id from OrderRefund r where r.status = :requested and r.retryAt <= :now"
                                + " order by r.retryAt",
                        Long.class)
                .setParameter("requested", RefundStatus.REQUESTED)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OrderRefund> refunds(long orderId) {
        return em.createQuery("select r from OrderRefund r where r.orderId = :order order by r.id", OrderRefund.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OrderRefund find(long refundId) {
        OrderRefund refund = em.find(OrderRefund.class, refundId);
        if (refund == null) {
            throw new NotFound("Refund", refundId);
        }
        return refund;
    }

    /** What may still be refunded: the total, less what was refunded or is being refunded. */
    static Money left(EventSessionOrder order, List<OrderRefund> refunds) {
        Money total = order.total().orElseThrow();
        long taken = refunds.stream()
                .filter(r -> r.status() != RefundStatus.FAILED)
                .mapToLong(r -> r.amount().minor())
                .sum();
        return Money.ofMinor(Math.max(0, total.minor() - taken), total.currency());
    }

    /** The successful payment of the order (the one to pay back through), if it had one. */
    Payment paid(long orderId) {
        return payments.payments(orderId).stream()
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED)
                .findFirst()
                .orElse(null);
    }

    private Money ticketsPrice(EventSessionOrder order, Set<String> keys, int owned) {
        Map<String, Long> kept = prices.of(order.id());
        Money total = order.total().orElseThrow();
        long fee = order.fixedTotals().fee().minor();
        long each = owned == 0 ? 0 : (total.minor() - fee) / Math.max(owned, order.tickets());
        long sum = keys.stream().mapToLong(k -> kept.getOrDefault(k, each)).sum();
        return Money.ofMinor(sum, total.currency());
    }
}
