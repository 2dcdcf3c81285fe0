package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Set;
import org.marquee.core.payment.RefundOutcome;
import org.marquee.core.payment.RefundView;
import org.marquee.core.payment.Refunds;
import org.marquee.web.refund.RefundForm;

/** The refund section of the admin order page: any paid order. */
@Named
@ViewScoped
public class AdminRefunds extends RefundForm {

    private static final long serialVersionUID = 1L;

    @EJB
    private Refunds refunds;

    @Override
    protected RefundView read(long orderId) {
        return refunds.adminView(orderId);
    }

    @Override
    protected RefundOutcome refund(long orderId, Set<String> tickets, BigDecimal amount) {
        return refunds.refundAsAdmin(orderId, tickets, amount);
    }

    @Override
    protected String page(long orderId) {
        return "order.xhtml?id=" + orderId;
    }
}
