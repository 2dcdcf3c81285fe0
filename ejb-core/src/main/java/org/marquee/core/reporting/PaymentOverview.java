package org.marquee.core.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marquee.core.identity.Role;
import org.marquee.core.payment.Payment;
import org.marquee.core.payment.PaymentStatus;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;

/**
 * The payments an admin should look at: every one with an attention (reconciled, late, mismatch,
 * refunded automatically) and every one whose refund is still due. Read only.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PaymentOverview {

    @PersistenceContext
    private EntityManager em;

    /** Newest first unless the request sorts otherwise; filters by provider reference. */
    public Page<AdminPaymentRow> needingAttention(PageRequest request) {
        PageRequest sorted = request.sortField() == null
                ? new PageRequest(request.first(), request.size(), "createdAt", false, request.filters())
                : request;
        Page<Payment> page = Paging.page(
                em,
                Payment.class,
                sorted,
                Set.of("paymentRef"),
                Set.of("createdAt", "settledAt", "status", "attention", "amountMinor", "provider"),
                "createdAt",
                (cb, p) ->
                        cb.or(cb.isNotNull(p.get("attention")), cb.equal(p.get("status"), PaymentStatus.REFUND_DUE)));
        Map<Long, String> pnrs =
                pnrs(page.items().stream().map(Payment::orderId).distinct().toList());
        List<AdminPaymentRow> rows = page.items().stream()
                .map(p -> {
                    AdminOrderView.PaymentLine line = OrderOverview.line(p);
                    return new AdminPaymentRow(
                            line.id(),
                            p.orderId(),
                            pnrs.get(p.orderId()),
                            line.provider(),
                            line.paymentRef(),
                            line.amount(),
                            line.status(),
                            line.attention(),
                            line.note(),
                            line.createdAt(),
                            line.settledAt(),
                            line.refundRef());
                })
                .toList();
        return new Page<>(rows, page.first(), page.size(), page.total());
    }

    private Map<Long, String> pnrs(List<Long> orderIds) {
        Map<Long, String> pnrs = new HashMap<>();
        if (orderIds.isEmpty()) {
            return pnrs;
        }
        em.createQuery("select o.id, o.pnr from EventSessionOrder o where o.id in :ids", Object[].class)
                .setParameter("ids", orderIds)
                .getResultStream()
                .forEach(row -> pnrs.put((Long) row[0], (String) row[1]));
        return pnrs;
    }
}
