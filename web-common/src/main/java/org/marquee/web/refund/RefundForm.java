package org.marquee.web.refund;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marquee.core.payment.RefundOutcome;
import org.marquee.core.payment.RefundView;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/**
 * The refund section of an order page (admin and venue panels, {@code /WEB-INF/refund/refunds.xhtml}):
 * tickets to tick, an amount, or everything left. The panel's bean says how to read and refund.
 */
public abstract class RefundForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long orderId;
    private RefundView view;
    private List<String> selected = new ArrayList<>();
    private BigDecimal amount;

    protected abstract RefundView read(long orderId);

    protected abstract RefundOutcome refund(long orderId, Set<String> tickets, BigDecimal amount);

    /** Where the page comes back after a refund (Post-Redirect-Get). */
    protected abstract String page(long orderId);

    /** Loads the section for the order; a refusal leaves it empty. */
    public void load(Long id) {
        orderId = id;
        if (id == null) {
            return;
        }
        try {
            view = read(id);
        } catch (DomainException refusal) {
            view = null;
        }
    }

    public String refundSelected() {
        if (selected.isEmpty()) {
            Messages.error(null, "refund.nothingChosen");
            return null;
        }
        return run(new HashSet<>(selected), null);
    }

    public String refundAmount() {
        if (amount == null) {
            Messages.error(null, "refund.amountRequired");
            return null;
        }
        return run(Set.of(), amount);
    }

    public String refundRest() {
        if (view == null) {
            return null;
        }
        return run(Set.of(), view.left().amount());
    }

    private String run(Set<String> tickets, BigDecimal asked) {
        try {
            RefundOutcome outcome = refund(orderId, tickets, asked);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            if (outcome == RefundOutcome.FAILED) {
                Messages.error(null, "refund.outcome.FAILED");
            } else {
                Messages.info("refund.outcome." + outcome.name());
            }
            return page(orderId) + "&faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public RefundView getView() {
        return view;
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
