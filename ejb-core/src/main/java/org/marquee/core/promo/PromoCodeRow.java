package org.marquee.core.promo;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A code as the admin list shows it, with the uses counted now, its validity in the zone it was entered in. */
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
        boolean active,
        ZoneId timeZone)
        implements Serializable {

    public ZonedDateTime localValidFrom() {
        return validFrom == null ? null : validFrom.atZone(timeZone);
    }

    public ZonedDateTime localValidUntil() {
        return validUntil == null ? null : validUntil.atZone(timeZone);
    }

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
                code.isActive(),
                code.timeZone());
    }
}
