package org.marquee.core.identity;

/**
 * What the account page shows its owner. {@code secondFactorRequired}: a staff role needs the
 * emailed code whatever the switch says; {@code mayDelete}: staff accounts are closed by an admin.
 */
public record AccountProfile(
        String email,
        String displayName,
        String phone,
        String language,
        boolean secondFactorChosen,
        boolean secondFactorRequired,
        boolean mayDelete) {}
