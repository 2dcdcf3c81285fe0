package org.marquee.core.platform;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads and changes the platform settings; every change is in the audit trail. */
@Stateless
public class Settings {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    public SettingsValues current() {
        return row().values();
    }

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
