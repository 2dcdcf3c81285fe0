package org.marquee.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.payment.RefundPolicies;
import org.marquee.core.platform.DomainException;
import org.marquee.core.team.TeamKind;
import org.marquee.web.Messages;

/** On the venue team page, for owners: whether the team's managers may refund orders. */
@Named
@ViewScoped
public class RefundPolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RefundPolicies policies;

    @Inject
    private StaffPanel staffPanel;

    @Inject
    private CurrentTeam currentTeam;

    private Long venueId;
    private boolean managersMayRefund;

    @PostConstruct
    void load() {
        if (staffPanel.kind() == TeamKind.VENUE) {
            venueId = currentTeam.getCurrentId();
            managersMayRefund = venueId != null && policies.managersMayRefund(venueId);
        }
    }

    public boolean isShown() {
        return venueId != null;
    }

    public String save() {
        try {
            policies.allowManagers(venueId, managersMayRefund);
            Messages.flashInfo(managersMayRefund ? "team.refunds.managersNow" : "team.refunds.ownersNow");
            return "team.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public boolean isManagersMayRefund() {
        return managersMayRefund;
    }

    public void setManagersMayRefund(boolean managersMayRefund) {
        this.managersMayRefund = managersMayRefund;
    }
}
