package org.marquee.core.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads and changes the platform settings; every change is in the audit trail. Everyone reads
 * them (the checkout needs the hold time); only admins change them or read their history. The
 * role is named as text: platform sits below identity and does not import its Role.
 */
@Stateless
@PermitAll // WildFly refuses the methods of a secured bean that name no role
public class Settings {

    private static final String ADMIN = "ADMIN";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @RolesAllowed(ADMIN)
    public java.util.List<AuditRecord> history() {
        return audit.of("Settings", PlatformSettings.ID);
    }

    public SettingsValues current() {
        return row().values();
    }

    /**
     * Changes the settings from what an admin typed: fees as a percentage (2.5 for 2.5%) and a
     * fixed amount in the default currency. Refused values change nothing.
     */
    @RolesAllowed(ADMIN)
    public SettingsValues change(
            String platformName,
            String defaultCurrency,
            int holdMinutes,
            int maxTicketsPerOrder,
            java.math.BigDecimal feePercent,
            java.math.BigDecimal feeFixed) {
        SettingsValues values = InvalidInput.check(() -> new SettingsValues(
                platformName,
                defaultCurrency,
                holdMinutes,
                maxTicketsPerOrder,
                basisPoints(feePercent),
                Money.of(feeFixed, defaultCurrency).minor()));
        return change(values);
    }

    private static int basisPoints(java.math.BigDecimal percent) {
        try {
            return percent.movePointRight(2).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("A percentage has at most two decimals, such as 2.25");
        }
    }

    @RolesAllowed(ADMIN)
    public SettingsValues change(SettingsValues values) {
        PlatformSettings settings = row();
        SettingsValues before = settings.values();
        settings.change(values);
        audit.record(AuditAction.UPDATE, "Settings", PlatformSettings.ID, before + " -> " + settings.values());
        return settings.values();
    }

    private PlatformSettings row() {
        return em.find(PlatformSettings.class, PlatformSettings.ID);
    }
}
