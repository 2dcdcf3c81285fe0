package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Set;
import org.marquee.core.payment.RefundOutcome;
import org.marquee.core.payment.RefundView;
import org.marquee.core.payment.Refunds;
import org.marquee.core.team.TeamKind;
import org.marquee.web.refund.RefundForm;

/**
 * The refund section of the venue panel's order page: orders of the team's own sessions, refunded
 * by owners, and by managers when the team allows it (the service decides; the page only shows).
 */
@Named
@ViewScoped
public class VenueRefunds extends RefundForm {

    private static final long serialVersionUID = 1L;

    @EJB
    private Refunds refunds;

    @Inject
    private StaffPanel staffPanel;

    /** Only the venue panel refunds; the artist panel shows nothing of it. */
    public boolean isVenuePanel() {
        return staffPanel.kind() == TeamKind.VENUE;
    }

    @Override
    public void load(Long id) {
        if (isVenuePanel()) {
            super.load(id);
        }
    }

    @Override
    protected RefundView read(long orderId) {
        return refunds.venueView(orderId);
    }

    @Override
    protected RefundOutcome refund(long orderId, Set<String> tickets, BigDecimal amount) {
        return refunds.refundAsVenueStaff(orderId, tickets, amount);
    }

    @Override
    protected String page(long orderId) {
        return "order.xhtml?id=" + orderId;
    }
}
