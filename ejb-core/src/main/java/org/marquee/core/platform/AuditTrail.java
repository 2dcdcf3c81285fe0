package org.marquee.core.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * Records changes in the caller's transaction (MANDATORY): an audit entry exists exactly when
 * its change was committed.
 */
@Stateless
public class AuditTrail {

    static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditAction action, String entityType, Object entityId, String summary) {
        em.persist(new AuditEntry(clock.instant(), actor(), action, entityType, String.valueOf(entityId), summary));
    }

    /** The history of one record, newest first. */
    public List<AuditRecord> of(String entityType, Object entityId) {
        return em.createQuery(
                        "select new org.marquee.core.platform.AuditRecord(a.id, a.at, a.actor, a.action, a.summary)"
                                + " from AuditEntry a where a.entityType = :type and a.entityId = :id"
                                + " order by a.at desc, a.id desc",
                        AuditRecord.class)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .getResultList();
    }

    private String actor() {
        Principal caller = context.getCallerPrincipal();
        return caller == null || "anonymous".equals(caller.getName()) ? SYSTEM : caller.getName();
    }
}
