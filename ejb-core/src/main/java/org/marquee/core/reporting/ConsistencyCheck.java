package org.marquee.core.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.marquee.core.identity.Role;

/**
 * The invariants of DESIGN.md asked of the whole database in one read-only statement ({@code
 * consistency.sql}, see {@link ConsistencyStatement}): no seat or place sold twice or sold to an
 * order that is not paid, no hold of a closed order or past its order's hold, standing sections
 * within capacity, expired orders released, every paid order with its payment, tickets and email,
 * no money taken without a paid order, a ticket checked in once, no outgoing message stuck, promo
 * codes within their limits. No violation is the answer of a consistent database.
 *
 * <p>The same file serves the admin panel (this bean), the test suite and the on-sale harness
 * ({@link ConsistencyStatement#run} over JDBC) and an operator's {@code psql -f}.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ConsistencyCheck {

    @PersistenceContext
    private EntityManager em;

    /** The violations found now, in the order of the invariants; empty when the database is consistent. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ConsistencyViolation> violations() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ConsistencyStatement.sql()).getResultList();
        return ConsistencyStatement.violations(rows);
    }
}
