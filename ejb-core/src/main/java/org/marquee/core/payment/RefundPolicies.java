package org.marquee.core.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.team.OwnersOnly;
import org.marquee.core.team.Scope;
import org.marquee.core.team.TeamKind;
import org.marquee.core.team.TeamMembership;

/**
 * A venue team's choice whether its managers may refund orders of its sessions (owners always
 * may). Off until an owner turns it on.
 */
@Stateless
@PermitAll // WildFly refuses the methods of a secured bean that name no role
public class RefundPolicies {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Scope scope;

    @EJB
    private AuditTrail audit;

    public boolean managersMayRefund(long venueId) {
        @SuppressWarnings("unchecked")
        java.util.List<Object> rows = em.createNativeQuery(
                        "select managers_may_refund from refund_policy where venue_id = ?")
                .setParameter(1, venueId)
                .getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    /** An owner of the venue's team turns the managers' refunds on or off. */
    @RolesAllowed(Role.Names.VENUE)
    public void allowManagers(long venueId, boolean allowed) {
        TeamMembership membership = scope.require(TeamKind.VENUE, venueId);
        if (!membership.isOwner()) {
            throw new OwnersOnly(membership.teamName());
        }
        int changed = em.createNativeQuery(
                        "update refund_policy set managers_may_refund = ?, version = version + 1 where venue_id = ?")
                .setParameter(1, allowed)
                .setParameter(2, venueId)
                .executeUpdate();
        if (changed == 0) {
            em.createNativeQuery("insert into refund_policy (venue_id, managers_may_refund) values (?, ?)")
                    .setParameter(1, venueId)
                    .setParameter(2, allowed)
                    .executeUpdate();
        }
        audit.record(
                AuditAction.UPDATE,
                "Venue",
                venueId,
                allowed ? "managers may refund orders" : "only owners refund orders");
    }
}
