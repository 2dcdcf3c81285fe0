package org.marquee.core.identity;

/**
 * What the account page shows its owner. {@code secondFactorRequired}: a staff role needs the
 * emailed code whatever the switch says; {@code mayDelete}: staff accounts are closed by an admin; {@code orderTexts}: the order texts are not
 * turned off (they reach the phone once there is one).
 */
public record AccountProfile(
        String email,
        String displayName,
        String phone,
        boolean orderTexts,
        String language,
        boolean secondFactorChosen,
        boolean secondFactorRequired,
        boolean mayDelete) {}
