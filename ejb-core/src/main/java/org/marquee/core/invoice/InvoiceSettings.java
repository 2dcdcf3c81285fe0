package org.marquee.core.invoice;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marquee.core.geo.Country;
import org.marquee.core.geo.Geography;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.SqlValues;

/**
 * The invoices' settings, kept by admins: the issuer's name, address and VAT id, and a VAT rate per
 * country (the venue's country decides; prices include VAT). A change applies to documents issued
 * afterwards; issued ones keep what they say.
 */
@Stateless
@PermitAll // WildFly refuses the methods of a secured bean that name no role
public class InvoiceSettings {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Geography geography;

    @EJB
    private AuditTrail audit;

    public IssuerDetails issuer() {
        Object[] row =
                (Object[]) em.createNativeQuery("select name, address, vat_id from invoice_issuer where code = ?")
                        .setParameter(1, InvoiceNumbers.ISSUER)
                        .getSingleResult();
        return new IssuerDetails((String) row[0], (String) row[1], (String) row[2]);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void changeIssuer(IssuerDetails details) {
        String name = details.name() == null ? "" : details.name().strip();
        String address = details.address() == null ? "" : details.address().strip();
        String vatId = details.vatId() == null || details.vatId().isBlank()
                ? null
                : details.vatId().strip();
        if (name.isEmpty() || name.length() > 200 || address.isEmpty() || address.length() > 500) {
            throw new InvalidInput("The issuer needs a name (up to 200 characters) and an address (up to 500)");
        }
        if (vatId != null && vatId.length() > 40) {
            throw new InvalidInput("A VAT id has at most 40 characters");
        }
        em.createNativeQuery("update invoice_issuer set name = ?, address = ?, vat_id = ?, version = version + 1"
                        + " where code = ?")
                .setParameter(1, name)
                .setParameter(2, address)
                .setParameter(3, vatId)
                .setParameter(4, InvoiceNumbers.ISSUER)
                .executeUpdate();
        audit.record(AuditAction.UPDATE, "InvoiceIssuer", InvoiceNumbers.ISSUER, "issuer " + name);
    }

    /** Every country with its rate (null where none is set). */
    public List<VatRate> rates() {
        Map<String, BigDecimal> set = ratesByCountry();
        return geography.countries().stream()
                .map(c -> new VatRate(c.code(), c.name(), set.get(c.code())))
                .toList();
    }

    /** The rate of a country in basis points (1900 = 19%); 0 where none is set. */
    public int basisPoints(String countryCode) {
        List<?> rows = em.createNativeQuery("select rate_bp from vat_rate where country_code = ?")
                .setParameter(1, countryCode)
                .getResultList();
        return rows.isEmpty() ? 0 : (int) SqlValues.number(rows.get(0));
    }

    /** Sets (or, with null, clears) a country's rate in percent, at most two decimals, 0 to 100. */
    @RolesAllowed(Role.Names.ADMIN)
    public void setRate(String countryCode, BigDecimal percent) {
        Country country =
                geography.findCountry(countryCode).orElseThrow(() -> new InvalidInput("No country " + countryCode));
        em.createNativeQuery("delete from vat_rate where country_code = ?")
                .setParameter(1, country.code())
                .executeUpdate();
        if (percent != null) {
            if (percent.signum() < 0
                    || percent.compareTo(BigDecimal.valueOf(100)) > 0
                    || percent.scale() > 2 && percent.stripTrailingZeros().scale() > 2) {
                throw new InvalidInput("A VAT rate is between 0 and 100 percent, with at most two decimals");
            }
            em.createNativeQuery("insert into vat_rate (country_code, rate_bp) values (?, ?)")
                    .setParameter(1, country.code())
                    .setParameter(2, percent.movePointRight(2).intValueExact())
                    .executeUpdate();
        }
        audit.record(AuditAction.UPDATE, "VatRate", country.code(), percent == null ? "cleared" : percent + "%");
    }

    private Map<String, BigDecimal> ratesByCountry() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select country_code, rate_bp from vat_rate")
                .getResultList();
        return rows.stream()
                .collect(Collectors.toMap(
                        r -> ((String) r[0]).strip(), r -> BigDecimal.valueOf(SqlValues.number(r[1]), 2)));
    }
}
