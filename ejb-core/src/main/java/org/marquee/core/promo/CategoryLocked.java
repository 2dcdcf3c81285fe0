package org.marquee.core.promo;

import org.marquee.core.platform.DomainException;

/** A hidden price category chosen without the promo code that unlocks it. */
public class CategoryLocked extends DomainException {

    public CategoryLocked(long categoryId) {
        super("promo.categoryLocked", categoryId);
    }
}
