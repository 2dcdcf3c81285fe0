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
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;

/**
 * A refusal from ejb-core as problem+json: 400 bad input, 403 someone else's order, 404 unknown
 * order, session or seat, 422 a seat or section that this session never sells, and 409 for
 * everything that conflicts with the current state (a seat taken, too few places left, the
 * order's limit, an expired or closed order, a session not on sale). Nothing was changed.
 */
@Provider
public class DomainProblems implements ExceptionMapper<DomainException> {

    private static final Map<Class<?>, Integer> STATUS = Map.of(
            InvalidInput.class, 400,
            NotYourOrder.class, 403,
            NotFound.class, 404,
            SeatNotInSession.class, 422,
            SeatDisabled.class, 422,
            NotStandingSection.class, 422,
            SeatTaken.class, 409,
            NotEnoughPlaces.class, 409);

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
