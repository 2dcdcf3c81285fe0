package org.marquee.core.promo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.marquee.core.promo.PromoCodeRefused.Reason;

/**
 * A promo code of an event. Its text is unique and compared ignoring case (stored upper-case).
 * The count of its uses is kept by {@link PromoUses} with conditional statements (so that the
 * limit holds under concurrent orders), never through this entity, which only reads it.
 */
@Entity
@Table(name = "promo_code")
public class PromoCode {

    private static final Pattern SHAPE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{2,39}$");

    @Id
    @SequenceGenerator(name = "promo_code_seq", sequenceName = "promo_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promo_code_seq")
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Column(nullable = false, updatable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "discount_kind", nullable = false, length = 10)
    private DiscountKind discountKind;

    @Column(name = "discount_value", nullable = false)
    private long discountValue;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "max_uses")
    private Integer maxUses;

    @Column(name = "max_uses_per_buyer")
    private Integer maxUsesPerBuyer;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "price_category_id")
    private Long priceCategoryId;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false, insertable = false, updatable = false)
    private int uses;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The zone its validity was entered in and is shown in (the venue's, see {@link ValidityZone}). */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    @Version
    private long version;

    protected PromoCode() {}

    public PromoCode(long eventId, String typed, PromoTerms terms, Instant now) {
        this.eventId = eventId;
        this.code = normalize(typed);
        if (!SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A code is 3 to 40 letters, digits, dashes or underscores, starting with a letter or digit");
        }
        this.active = true;
        this.createdAt = Objects.requireNonNull(now);
        change(terms);
    }

    /** A code whose validity was entered in {@code zone}, and is shown there. */
    public PromoCode(long eventId, String typed, PromoTerms terms, ZoneId zone, Instant now) {
        this(eventId, typed, terms, now);
        enteredIn(zone);
    }

    /** The validity is shown in this zone from now on (the zone the staff typed it in). */
    public void enteredIn(ZoneId zone) {
        this.timeZone = Objects.requireNonNull(zone, "A promo code's validity is entered in a zone")
                .getId();
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    /** How a typed code is compared: trimmed and upper-cased. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    /** New terms; the limit cannot go below the uses already counted. */
    public void change(PromoTerms terms) {
        if (terms.maxUses() != null && terms.maxUses() < uses) {
            throw new IllegalArgumentException("The code has been used " + uses + " times already");
        }
        this.discountKind = terms.discount().kind();
        this.discountValue = terms.discount().value();
        this.currency = terms.discount().currency();
        this.validFrom = terms.validFrom();
        this.validUntil = terms.validUntil();
        this.maxUses = terms.maxUses();
        this.maxUsesPerBuyer = terms.maxUsesPerBuyer();
        this.sessionId = terms.sessionId();
        this.priceCategoryId = terms.priceCategoryId();
    }

    /** No new order can use it; orders that have it keep it. */
    public void deactivate() {
        active = false;
    }

    /** Refuses a code that was withdrawn or is outside its validity window at {@code now}. */
    public void checkUsableAt(Instant now) {
        if (!active) {
            throw PromoCodeRefused.because(Reason.WITHDRAWN, code);
        }
        if (validFrom != null && now.isBefore(validFrom)) {
            throw PromoCodeRefused.because(Reason.NOT_YET_VALID, code);
        }
        if (validUntil != null && !now.isBefore(validUntil)) {
            throw PromoCodeRefused.because(Reason.EXPIRED, code);
        }
    }

    /**
     * Refuses a code for an order of another event, another session, a session that does not
     * have the code's price category, or (a fixed amount) a session selling in another currency.
     */
    public void checkScope(
            long orderEventId, long orderSessionId, Set<Long> sessionCategoryIds, String sessionCurrency) {
        if (orderEventId != eventId) {
            throw PromoCodeRefused.because(Reason.NOT_FOR_EVENT, code);
        }
        if (sessionId != null && sessionId != orderSessionId) {
            throw PromoCodeRefused.because(Reason.NOT_FOR_SESSION, code);
        }
        if (priceCategoryId != null && !sessionCategoryIds.contains(priceCategoryId)) {
            throw PromoCodeRefused.because(Reason.NOT_FOR_CATEGORY, code);
        }
        if (discountKind == DiscountKind.FIXED && !currency.equals(sessionCurrency)) {
            // An amount in another currency: no conversion, the code is not for this session's prices.
            throw PromoCodeRefused.because(Reason.OTHER_CURRENCY, code);
        }
    }

    public PromoTerms terms() {
        return new PromoTerms(discount(), validFrom, validUntil, maxUses, maxUsesPerBuyer, sessionId, priceCategoryId);
    }

    public Discount discount() {
        return new Discount(discountKind, discountValue, currency);
    }

    public Long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public String code() {
        return code;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public Integer maxUses() {
        return maxUses;
    }

    public Integer maxUsesPerBuyer() {
        return maxUsesPerBuyer;
    }

    public Long sessionId() {
        return sessionId;
    }

    public Long priceCategoryId() {
        return priceCategoryId;
    }

    public boolean isActive() {
        return active;
    }

    public int uses() {
        return uses;
    }

    /** Tests set the count; the database keeps it. */
    void usesCounted(int count) {
        uses = count;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
