package org.marquee.core.promo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.SessionPrices;
import org.marquee.core.catalog.SessionPricing;
import org.marquee.core.catalog.SessionRow;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InvalidField;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Settings;

/** What admins do with an event's promo codes: create, change, withdraw, list with their uses. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PromoCodes {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Events events;

    @EJB
    private Sessions sessions;

    @EJB
    private SessionPricing pricing;

    @EJB
    private AuditTrail audit;

    @EJB
    private Settings settings;

    /** A new code of the event; its text is unique ignoring case (refused at the field {@code code}). */
    public PromoCodeRow create(long eventId, PromoCodeDraft draft) {
        events.find(eventId);
        String normalized = PromoCode.normalize(draft.getCode());
        if (byCode(normalized).isPresent()) {
            throw new InvalidField("code", "promo.codeTaken", normalized);
        }
        ValidityZone zone = validityZone(eventId, scopeSession(eventId, draft));
        PromoTerms terms = terms(eventId, draft, zone.zone());
        PromoCode code =
                InvalidInput.check(() -> new PromoCode(eventId, draft.getCode(), terms, zone.zone(), clock.instant()));
        em.persist(code);
        em.flush();
        audit.record(AuditAction.CREATE, "PromoCode", code.id(), "code " + code.code() + ", " + describe(code));
        return PromoCodeRow.of(code);
    }

    /** New terms for a code; its text stays. A limit below the uses counted is refused at {@code maxUses}. */
    public void change(long id, PromoCodeDraft draft) {
        PromoCode code = find(id);
        ValidityZone zone = validityZone(code.eventId(), scopeSession(code.eventId(), draft));
        PromoTerms terms = terms(code.eventId(), draft, zone.zone());
        if (terms.maxUses() != null && terms.maxUses() < code.uses()) {
            throw new InvalidField("maxUses", "promo.limitBelowUses", code.uses());
        }
        InvalidInput.check(() -> code.change(terms));
        code.enteredIn(zone.zone());
        audit.record(AuditAction.UPDATE, "PromoCode", id, describe(code));
    }

    /** Withdraws a code: no new order can use it; orders that have it keep it. */
    public void deactivate(long id) {
        PromoCode code = find(id);
        code.deactivate();
        audit.record(AuditAction.UPDATE, "PromoCode", id, "deactivated " + code.code());
    }

    /** The event's codes, newest first, each with its uses counted now. */
    public List<PromoCodeRow> ofEvent(long eventId) {
        return em
                .createQuery(
                        "select p from PromoCode p where p.eventId = :event order by p.createdAt desc, p.id desc",
                        PromoCode.class)
                .setParameter("event", eventId)
                .getResultList()
                .stream()
                .map(PromoCodeRow::of)
                .toList();
    }

    public PromoCodeDraft draft(long id) {
        PromoCode code = find(id);
        PromoCodeDraft draft = new PromoCodeDraft();
        draft.setCode(code.code());
        draft.setKind(code.discount().kind());
        Discount discount = code.discount();
        draft.setAmount(
                discount.kind() == DiscountKind.PERCENT
                        ? BigDecimal.valueOf(discount.value())
                        : Money.ofMinor(discount.value(), discount.currency()).amount());
        draft.setValidFrom(local(code.validFrom(), code.timeZone()));
        draft.setValidUntil(local(code.validUntil(), code.timeZone()));
        draft.setMaxUses(code.maxUses());
        draft.setMaxUsesPerBuyer(code.maxUsesPerBuyer());
        draft.setSessionId(code.sessionId());
        draft.setPriceCategoryId(code.priceCategoryId());
        return draft;
    }

    /**
     * The draft's terms in the event's currency. A session must be the event's; a price category
     * must be one of the event's sessions' (and of the chosen session, if one is chosen).
     */
    private PromoTerms terms(long eventId, PromoCodeDraft draft, ZoneId zone) {
        Long sessionId = draft.getSessionId();
        if (sessionId != null && sessions.find(sessionId).event().id() != eventId) {
            throw new InvalidField("sessionId", "promo.sessionNotOfEvent");
        }
        Long categorySession = null;
        if (draft.getPriceCategoryId() != null) {
            categorySession = sessions.ofEvent(eventId).stream()
                    .map(row -> pricing.of(row.id()))
                    .filter(prices ->
                            prices.category(draft.getPriceCategoryId()).isPresent())
                    .map(SessionPrices::sessionId)
                    .findFirst()
                    .orElseThrow(() -> new InvalidField("priceCategoryId", "promo.categoryNotOfEvent"));
            if (sessionId != null && !sessionId.equals(categorySession)) {
                throw new InvalidField("priceCategoryId", "promo.categoryNotOfSession");
            }
        }
        Long scopeSession = categorySession != null ? categorySession : sessionId;
        String currency = currencyOf(eventId, scopeSession, draft.getKind());
        Long categoryScope = categorySession;
        return InvalidInput.check(() -> draft.terms(currency, categoryScope, zone));
    }

    /**
     * The currency of the code's session; for an event-wide code, the one its sessions sell in
     * (the platform's default before it has any). A fixed amount is in one currency, so an
     * event-wide fixed code of an event selling in several (Berlin in EUR, Tokyo in JPY) is refused.
     */
    private String currencyOf(long eventId, Long sessionId, DiscountKind kind) {
        if (sessionId != null) {
            return pricing.of(sessionId).currency();
        }
        Set<String> currencies = sessions.ofEvent(eventId).stream()
                .map(row -> pricing.of(row.id()).currency())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (currencies.size() > 1 && kind == DiscountKind.FIXED) {
            throw new InvalidField("sessionId", "promo.fixedNeedsOneCurrency", String.join(", ", currencies));
        }
        return currencies.stream().findFirst().orElseGet(() -> settings.current()
                .defaultCurrency());
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /**
     * The zone a code's validity is typed and shown in: the venue's of the code's session (or of
     * its price category's); for an event-wide code the zone the event's sessions share, else
     * that of its first session, said so; UTC before the event has sessions.
     */
    public ValidityZone validityZone(long eventId, Long sessionId) {
        List<SessionRow> all = sessions.ofEvent(eventId);
        List<SessionRow> scope = sessionId == null
                ? all
                : all.stream().filter(row -> row.id() == sessionId).toList();
        if (scope.isEmpty()) {
            return ValidityZone.UTC;
        }
        ZoneId first = scope.get(0).timeZone();
        boolean across = scope.stream().anyMatch(row -> !row.timeZone().equals(first));
        List<String> places = scope.stream()
                .filter(row -> row.timeZone().equals(first))
                .map(SessionRow::cityName)
                .distinct()
                .toList();
        return new ValidityZone(first, places, across);
    }

    /** The zone a draft's validity is typed in, for the form: that of the session or category chosen. */
    public ValidityZone validityZone(long eventId, PromoCodeDraft draft) {
        return validityZone(eventId, scopeSession(eventId, draft));
    }

    /** The session a draft's code is limited to: the chosen one, else its price category's, else none. */
    private Long scopeSession(long eventId, PromoCodeDraft draft) {
        if (draft.getSessionId() != null || draft.getPriceCategoryId() == null) {
            return draft.getSessionId();
        }
        return sessions.ofEvent(eventId).stream()
                .map(row -> pricing.of(row.id()))
                .filter(prices -> prices.category(draft.getPriceCategoryId()).isPresent())
                .map(SessionPrices::sessionId)
                .findFirst()
                .orElse(null);
    }

    private PromoCode find(long id) {
        return Optional.ofNullable(em.find(PromoCode.class, id)).orElseThrow(() -> new NotFound("PromoCode", id));
    }

    private Optional<PromoCode> byCode(String normalized) {
        return em.createQuery("select p from PromoCode p where p.code = :code", PromoCode.class)
                .setParameter("code", normalized)
                .getResultStream()
                .findFirst();
    }

    private static String describe(PromoCode code) {
        PromoTerms terms = code.terms();
        return code.discount().describe() + " off"
                + (terms.maxUses() == null ? "" : ", at most " + terms.maxUses() + " uses")
                + (terms.maxUsesPerBuyer() == null ? "" : ", " + terms.maxUsesPerBuyer() + " per buyer");
    }
}
