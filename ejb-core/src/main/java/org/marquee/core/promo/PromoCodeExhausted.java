package org.marquee.core.promo;

/**
 * A valid code whose uses are all taken, in total or by this buyer: a conflict with the current
 * state (another order may release a use later), where the other refusals are about the code.
 */
public class PromoCodeExhausted extends PromoCodeRefused {

    PromoCodeExhausted(Reason reason, String code) {
        super(reason, code);
    }
}
