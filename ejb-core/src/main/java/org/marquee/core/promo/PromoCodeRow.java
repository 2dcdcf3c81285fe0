package org.marquee.core.promo;

import java.io.Serializable;
import java.time.Instant;

/** A code as the admin list shows it, with the uses counted now. */
public record PromoCodeRow(
        long id,
        String code,
        String discount,
        Instant validFrom,
        Instant validUntil,
        int uses,
        Integer maxUses,
        Integer maxUsesPerBuyer,
        Long sessionId,
        Long priceCategoryId,
        boolean active)
        implements Serializable {

    static PromoCodeRow of(PromoCode code) {
        return new PromoCodeRow(
                code.id(),
                code.code(),
                code.discount().describe(),
                code.validFrom(),
                code.validUntil(),
                code.uses(),
                code.maxUses(),
                code.maxUsesPerBuyer(),
                code.sessionId(),
                code.priceCategoryId(),
                code.isActive());
    }
}
