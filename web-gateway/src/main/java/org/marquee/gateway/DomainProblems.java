package org.marquee.gateway;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.marquee.core.inventory.NotEnoughPlaces;
import org.marquee.core.inventory.NotStandingSection;
import org.marquee.core.inventory.SeatDisabled;
import org.marquee.core.inventory.SeatNotInSession;
import org.marquee.core.inventory.SeatTaken;
import org.marquee.core.order.NotYourOrder;
import org.marquee.core.payment.ProviderUnavailable;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.promo.CategoryLocked;
import org.marquee.core.promo.PromoCodeExhausted;
import org.marquee.core.promo.PromoCodeRefused;
import org.marquee.core.waitingroom.WaitingRoomRequired;

/**
 * A refusal from ejb-core as problem+json: 400 bad input, 403 someone else's order, 404 unknown
 * order, session or seat, 422 a seat or section that this session never sells, a promo code that
 * does not apply (unknown, not valid now, not for this order) or a hidden price category chosen
 * without its code, and 409 for
 * everything that conflicts with the current state (a seat taken, too few places left, the
 * order's limit, an expired or closed order, a session not on sale, a code used up in total or by
 * this buyer). Nothing was changed.
 */
@Provider
public class DomainProblems implements ExceptionMapper<DomainException> {

    private static final Map<Class<?>, Integer> STATUS = Map.ofEntries(
            Map.entry(InvalidInput.class, 400),
            Map.entry(NotYourOrder.class, 403),
            Map.entry(WaitingRoomRequired.class, 403),
            Map.entry(NotFound.class, 404),
            Map.entry(SeatNotInSession.class, 422),
            Map.entry(SeatDisabled.class, 422),
            Map.entry(NotStandingSection.class, 422),
            Map.entry(SeatTaken.class, 409),
            Map.entry(NotEnoughPlaces.class, 409),
            Map.entry(PromoCodeExhausted.class, 409),
            Map.entry(PromoCodeRefused.class, 422),
            Map.entry(CategoryLocked.class, 422),
            Map.entry(ProviderUnavailable.class, 503));

    @Override
    public Response toResponse(DomainException refusal) {
        return Problems.of(status(refusal.getClass()), refusal);
    }

    private static int status(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Integer status = STATUS.get(c);
            if (status != null) {
                return status;
            }
        }
        return 409;
    }
}
