package org.marquee.core.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.order.NotYourOrder;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.order.OrderSale;
import org.marquee.core.order.OrderStatus;
import org.marquee.core.order.PaymentStart;
import org.marquee.core.platform.InvalidInput;

/**
 * The payments' own records, each change in one transaction: preparing a payment, attaching the
 * provider's reference, and the one confirmation that every path (the buyer's return, the
 * webhook, the reconciliation) goes through. Locks are taken in one order: the order's row first,
 * then its payment. So a return and a webhook of the same payment arriving together run one after
 * the other, and the second changes nothing.
 */
@Stateless
public class PaymentLedger {

    private static final Logger LOG = Logger.getLogger(PaymentLedger.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PaymentProviders providers;

    @Inject
    private PaymentTimings timings;

    @EJB
    private OrderCheckout checkout;

    @EJB
    private OrderSale sale;

    @EJB
    private PaymentMails mails;

    /**
     * The buyer starts to pay: the order's totals become final and its hold is extended; an order
     * with nothing to pay is PAID at once. Otherwise the payment's row is created (or the open one
     * of the same provider and amount is reused, so a reload asks the provider for nothing new).
     */
    public Prepared prepare(OrderAccess access, String language, String returnUrl, String cancelUrl) {
        PaymentStart start = checkout.startPayment(access, language, timings.paymentHold());
        if (!start.charge()) {
            if (sale.sell(start.orderId(), "nothing to pay") != OrderSale.Outcome.SOLD) {
                throw new IllegalStateException("A live order with nothing to pay could not be sold: " + start.pnr());
            }
            return Prepared.free(start.orderId());
        }
        Provider provider = providers.forMethod(start.method()).provider();
        Payment payment = payments(start.orderId()).stream()
                .filter(p -> p.status() == PaymentStatus.STARTED
                        && p.provider() == provider
                        && p.amount().equals(start.total()))
                .findFirst()
                .orElseGet(() -> {
                    Payment created = new Payment(start.orderId(), provider, start.total(), clock.instant());
                    em.persist(created);
                    em.flush();
                    return created;
                });
        return new Prepared(
                start.orderId(),
                payment.id(),
                provider,
                new Charge(
                        start.orderId(),
                        start.pnr(),
                        start.total(),
                        start.description(),
                        start.buyerEmail(),
                        returnUrl,
                        cancelUrl,
                        payment.idempotencyKey()),
                false);
    }

    /** The provider did not answer the create: the payment is dropped, the next try starts a new one. */
    public void createFailed(long paymentId, String reason) {
        Payment payment = em.find(Payment.class, paymentId);
        EventSessionOrder order = sale.lock(payment.orderId());
        em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.STARTED && payment.paymentRef() == null) {
            payment.fail("The provider did not create it: " + reason, clock.instant());
            settleIfNoneOpen(order);
        }
    }

    /** The worker could not settle the payment this time: it is asked again a minute later, after the others. */
    public void postpone(long paymentId) {
        em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE)
                .retryAt(clock.instant().plusSeconds(60));
    }

    /** The provider answered the create: its reference is kept with the payment. */
    public void attach(long paymentId, String ref) {
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        payment.attach(ref);
    }

    /**
     * The payment with this reference, if it is one of this order's and the caller holds the
     * order's token; otherwise {@link NotYourOrder}, so that no one learns about another's payment.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Payment ofOrder(OrderAccess access, String ref) {
        ofOrder(access);
        return payments(access.orderId()).stream()
                .filter(p -> p.paymentRef() != null && p.paymentRef().equals(ref))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("That payment is not one of this order's"));
    }

    /** The order, for its buyer only. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EventSessionOrder ofOrder(OrderAccess access) {
        EventSessionOrder order = sale.find(access.orderId());
        if (!order.belongsTo(access)) {
            throw new NotYourOrder(access.orderId());
        }
        return order;
    }

    /**
     * The one confirmation: what the provider says of a payment decides what happens to its order.
     * Succeeded, for an order that can be sold: PAID (see {@link OrderSale#sell}). Succeeded, for
     * an order that cannot (cancelled, paid by another payment, seats gone), or with an amount,
     * currency or order that does not match: the money is to be paid back, and an admin sees why.
     * A payment whose money was taken before changes nothing, whichever path comes second.
     */
    public Confirmation confirm(Provider provider, ProviderState state, PaymentSource source) {
        Optional<Payment> found = byRef(provider, state.paymentRef()).or(() -> unattached(provider, state));
        if (found.isEmpty()) {
            LOG.warning(() -> provider + " confirmed " + state.paymentRef() + ", which is none of ours");
            return Confirmation.UNKNOWN;
        }
        EventSessionOrder order = sale.lock(found.get().orderId());
        Payment payment = found.get();
        em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        if (payment.paymentRef() == null && state.paymentRef() != null) {
            payment.attach(state.paymentRef());
        }
        if (payment.status().moneyTaken()) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        if (!state.succeeded()) {
            return Confirmation.NOT_PAID;
        }
        Instant now = clock.instant();
        String mismatch = mismatch(payment, state);
        if (mismatch == null
                && order.total().isPresent()
                && !order.total().get().equals(payment.amount())) {
            mismatch = "The order's total is " + order.total().get() + " now, the payment was for " + payment.amount();
        }
        if (mismatch != null) {
            payment.refundDue(state.captureRef(), Attention.MISMATCH, mismatch, now);
            settleIfNoneOpen(order);
            return Confirmation.REFUND_DUE;
        }
        OrderSale.Outcome outcome = sale.sell(order.id(), provider.name());
        switch (outcome) {
            case SOLD -> payment.succeed(
                    state.captureRef(), source == PaymentSource.RECONCILIATION ? Attention.RECONCILED : null, now);
            case SOLD_LATE -> payment.succeed(state.captureRef(), Attention.LATE, now);
            case ALREADY_PAID -> payment.refundDue(
                    state.captureRef(), Attention.AUTO_REFUNDED, "The order was paid by another payment", now);
            case CANNOT_SELL -> payment.refundDue(
                    state.captureRef(),
                    Attention.AUTO_REFUNDED,
                    order.status() == OrderStatus.PENDING
                            ? "The order's hold ran out and its seats or promo code went to other buyers"
                            : "The order is " + order.status(),
                    now);
        }
        settleIfNoneOpen(order);
        return payment.status() == PaymentStatus.SUCCEEDED ? Confirmation.PAID : Confirmation.REFUND_DUE;
    }

    private static String mismatch(Payment payment, ProviderState state) {
        if (state.orderId() != null && state.orderId() != payment.orderId()) {
            return "The provider names order " + state.orderId() + ", the payment is of order " + payment.orderId();
        }
        if (state.amount() == null || !state.amount().equals(payment.amount())) {
            return "The provider took " + state.amount() + ", the order's total is " + payment.amount();
        }
        return null;
    }

    /** A payment created at the provider whose reference we never kept (a crash in between): found by its order. */
    private Optional<Payment> unattached(Provider provider, ProviderState state) {
        if (state.orderId() == null) {
            return Optional.empty();
        }
        return payments(state.orderId()).stream()
                .filter(p -> p.provider() == provider
                        && p.paymentRef() == null
                        && p.amount().equals(state.amount()))
                .findFirst();
    }

    /** The provider declined the payment: noted; a later success of the same payment still counts. */
    public void failed(Provider provider, String ref, String reason) {
        byRef(provider, ref).ifPresent(found -> {
            EventSessionOrder order = sale.lock(found.orderId());
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
            if (found.status() == PaymentStatus.STARTED) {
                found.fail(reason, clock.instant());
                settleIfNoneOpen(order);
            }
        });
    }

    /** The buyer never finished and the order's hold ran out, as the provider confirmed. */
    public void abandon(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        EventSessionOrder order = sale.lock(payment.orderId());
        em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.STARTED) {
            payment.abandon(clock.instant());
            settleIfNoneOpen(order);
        }
    }

    /** The provider paid the money back: kept, and the buyer is told why. */
    public void refunded(long paymentId, ProviderRefund refund) {
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() != PaymentStatus.REFUND_DUE) {
            return;
        }
        if (refund.pending()) {
            // Asked again with the same key until the provider says it is done (or failed).
            payment.remark("Refund " + refund.refundRef() + " is pending at " + payment.provider());
            payment.retryAt(clock.instant().plusSeconds(60));
            return;
        }
        payment.refunded(refund.refundRef(), clock.instant());
        mails.refunded(payment, sale.find(payment.orderId()));
    }

    /** STARTED payments of orders whose hold ran out (oldest first): the reconciliation asks their providers. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Payment> dueForReconciliation(int limit) {
        return em.createQuery(
                        "select p from Payment p, EventSessionOrder o where o.id = p.orderId"
                                + " and p.status = :started and o.expireIfNotCompletedAt <= :now"
                                + " and (p.retryAt is null or p.retryAt <= :now)"
                                + " order by coalesce(p.retryAt, p.createdAt)",
                        Payment.class)
                .setParameter("started", PaymentStatus.STARTED)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Payment> refundsDue(int limit) {
        return em.createQuery(
                        "select p from Payment p where p.status = :due and (p.retryAt is null or p.retryAt <= :now)"
                                + " order by coalesce(p.retryAt, p.createdAt)",
                        Payment.class)
                .setParameter("due", PaymentStatus.REFUND_DUE)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    /** The order's hold ran out {@code abandonAfter} ago or more. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean pastAbandoning(Payment payment) {
        return !clock.instant()
                .isBefore(sale.find(payment.orderId()).expireIfNotCompletedAt().plus(timings.abandonAfter()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Payment> payments(long orderId) {
        return em.createQuery("select p from Payment p where p.orderId = :order order by p.id", Payment.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    private Optional<Payment> byRef(Provider provider, String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select p from Payment p where p.provider = :provider and p.paymentRef = :ref", Payment.class)
                .setParameter("provider", provider)
                .setParameter("ref", ref)
                .getResultStream()
                .findFirst();
    }

    /** With no payment open any more, the order may expire like any other (the sweeper cancels it). */
    private void settleIfNoneOpen(EventSessionOrder order) {
        if (order.status() == OrderStatus.PENDING
                && payments(order.id()).stream().noneMatch(p -> p.status() == PaymentStatus.STARTED)) {
            sale.paymentSettled(order.id());
        }
    }
}
