package org.marquee.gateway;

import java.time.Instant;
import java.util.List;
import org.marquee.core.inventory.OrderHoldings;

/**
 * The answers of the checkout API as records, written by JSON-B ({@link
 * org.marquee.web.json.JsonViews}): what a client reads is declared here, in one place, and no
 * entity or hand-built string reaches the wire. Amounts are in minor units of {@code currency}.
 */
public final class ApiAnswers {

    private ApiAnswers() {}

    /** A started order, with the token every later call presents. */
    public record StartedOrder(
            long orderId,
            long sessionId,
            String pnr,
            String token,
            String status,
            Instant expireIfNotCompletedAt,
            int maxTickets) {}

    /** An order as its buyer sees it: what it holds and until when. */
    public record Order(
            long orderId,
            long sessionId,
            String pnr,
            String status,
            boolean expired,
            Instant expireIfNotCompletedAt,
            int maxTickets,
            int tickets,
            List<Long> seats,
            List<OrderHoldings.Places> places) {}

    /** A granted get-seat. */
    public record SeatHeld(long orderId, long seatId, Instant heldUntil) {}

    /** Places of a standing section held for the order. */
    public record PlacesHeld(long orderId, long sectionId, int count, Instant heldUntil) {}

    /** The promo code an order carries; {@code priceCategoryId} when it unlocks a hidden category. */
    public record Promo(
            long orderId,
            String code,
            String discountKind,
            long discountValue,
            String currency,
            String discount,
            Long priceCategoryId) {}

    /** The price of chosen tickets with the order's code; {@code promoCode} when it has one. */
    public record Quote(
            long orderId,
            String currency,
            List<QuoteLine> lines,
            long subtotalMinor,
            long discountMinor,
            long feeMinor,
            long totalMinor,
            String promoCode) {}

    /** One line of a quote. */
    public record QuoteLine(
            long sectionId,
            Long priceCategoryId,
            int quantity,
            long unitPriceMinor,
            long amountMinor,
            boolean discounted) {}

    /** A session's sections and seats for a client that draws them. */
    public record Availability(Instant at, long sessionId, List<Section> sections, List<Seat> seats) {}

    /** A section's counts. */
    public record Section(
            long sectionId,
            String name,
            boolean standing,
            int capacity,
            int free,
            int held,
            int sold,
            boolean soldOut) {}

    /** A seat's state: FREE, HELD, SOLD or DISABLED. */
    public record Seat(long seatId, long sectionId, String row, int number, String state) {}

    /** A push of changed seats and section counts to the pages that show the session. */
    public record AvailabilityChange(List<SeatState> seats, List<SectionCount> sections) {}

    /** A changed seat in a push. */
    public record SeatState(long id, String state) {}

    /** A section's free places in a push. */
    public record SectionCount(long id, int free, int capacity) {}

    /**
     * A payment started for an order: the provider's reference, with Stripe's client secret or
     * PayPal's approval address; {@code paid} when there was nothing to pay.
     */
    public record Payment(
            long orderId, String provider, String paymentRef, String clientSecret, String approvalUrl, boolean paid) {}

    /** An RFC 9457 problem: {@code type} names the refusal, {@code title} says it in words. */
    public record Problem(String type, String title, int status) {}

    /** A webhook taken: what was done with it. */
    public record WebhookOutcome(String outcome) {}

    /**
     * A visitor's place in a session's waiting room ({@code /api/queue/<session>}): state, place,
     * how many are ahead, the estimated wait, the on-sale time and, once admitted, the admission
     * and when it runs out (also set as a cookie).
     */
    public record QueuePlace(
            long sessionId,
            String state,
            long position,
            long ahead,
            long waitSeconds,
            Instant salesStart,
            String ticket,
            String admission,
            Instant admissionExpires) {}
}
