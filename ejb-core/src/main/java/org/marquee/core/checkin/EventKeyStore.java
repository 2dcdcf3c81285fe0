package org.marquee.core.checkin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores a new event key pair in a transaction of its own, so a lost race does not spoil the caller's. */
@Stateless
public class EventKeyStore {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(EventTicketKey key) {
        em.persist(key);
        em.flush();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<EventTicketKey> find(long eventId) {
        return Optional.ofNullable(em.find(EventTicketKey.class, eventId));
    }
}
