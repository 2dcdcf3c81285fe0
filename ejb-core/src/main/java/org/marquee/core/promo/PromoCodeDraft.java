package org.marquee.core.promo;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.marquee.core.platform.Money;

/**
 * A promo code as the admin form holds it: what was typed, times in the zone the service names
 * ({@link ValidityZone}: the venue's). {@link #terms} turns it into the model's terms, whose
 * constructors decide what is valid.
 */
public class PromoCodeDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private DiscountKind kind = DiscountKind.PERCENT;
    private BigDecimal amount;
    private LocalDateTime validFrom;
    private LocalDateTime validUntil;
    private Integer maxUses;
    private Integer maxUsesPerBuyer;
    private Long sessionId;
    private Long priceCategoryId;

    /** The terms in a currency; a percentage is a whole number, a fixed amount has the currency's decimals. */
    PromoTerms terms(String currency, Long categorySessionId, ZoneId zone) {
        if (amount == null) {
            throw new IllegalArgumentException("A code needs a discount");
        }
        Discount discount;
        if (kind == DiscountKind.PERCENT) {
            try {
                discount = Discount.percent(amount.longValueExact(), currency);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("A percentage is a whole number", e);
            }
        } else {
            discount = Discount.fixed(Money.of(amount, currency));
        }
        return new PromoTerms(
                discount,
                validFrom == null ? null : validFrom.atZone(zone).toInstant(),
                validUntil == null ? null : validUntil.atZone(zone).toInstant(),
                maxUses,
                maxUsesPerBuyer,
                categorySessionId != null ? categorySessionId : sessionId,
                priceCategoryId);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public DiscountKind getKind() {
        return kind;
    }

    public void setKind(DiscountKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDateTime getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDateTime validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDateTime getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDateTime validUntil) {
        this.validUntil = validUntil;
    }

    public Integer getMaxUses() {
        return maxUses;
    }

    public void setMaxUses(Integer maxUses) {
        this.maxUses = maxUses;
    }

    public Integer getMaxUsesPerBuyer() {
        return maxUsesPerBuyer;
    }

    public void setMaxUsesPerBuyer(Integer maxUsesPerBuyer) {
        this.maxUsesPerBuyer = maxUsesPerBuyer;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Long getPriceCategoryId() {
        return priceCategoryId;
    }

    public void setPriceCategoryId(Long priceCategoryId) {
        this.priceCategoryId = priceCategoryId;
    }
}
