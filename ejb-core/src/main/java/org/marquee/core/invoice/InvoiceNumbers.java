package org.marquee.core.invoice;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.marquee.core.platform.SqlValues;

/**
 * The next number of an issuer's year, taken in the caller's transaction with the issuer's row
 * locked until it ends: numbers are handed out one transaction at a time, and a transaction that
 * rolls back gives its number back. So the numbers of a year have no gap and no duplicate, however
 * many sales run at once. The year's counter row is made under the same lock when it is missing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InvoiceNumbers {

    public static final String ISSUER = "MARQUEE";

    @PersistenceContext
    private EntityManager em;

    public InvoiceNumber next(String issuer, int year) {
        List<?> locked = em.createNativeQuery("select code from invoice_issuer where code = ? for update")
                .setParameter(1, issuer)
                .getResultList();
        if (locked.isEmpty()) {
            throw new IllegalStateException("No invoice issuer " + issuer);
        }
        List<?> last = em.createNativeQuery(
                        "select last_number from invoice_counter where issuer = ? and issue_year = ? for update")
                .setParameter(1, issuer)
                .setParameter(2, year)
                .getResultList();
        int next;
        if (last.isEmpty()) {
            next = 1;
            em.createNativeQuery("insert into invoice_counter (issuer, issue_year, last_number) values (?, ?, 1)")
                    .setParameter(1, issuer)
                    .setParameter(2, year)
                    .executeUpdate();
        } else {
            next = (int) SqlValues.number(last.get(0)) + 1;
            em.createNativeQuery("update invoice_counter set last_number = ? where issuer = ? and issue_year = ?")
                    .setParameter(1, next)
                    .setParameter(2, issuer)
                    .setParameter(3, year)
                    .executeUpdate();
        }
        return new InvoiceNumber(issuer, year, next);
    }
}
