package org.marquee.core.catalog;

import java.io.Serializable;
import java.util.List;

/** What the session form shows besides its inputs: the event, the state and the price categories. */
public record SessionView(
        long id,
        long eventId,
        String eventTitle,
        SessionStatus status,
        SalesState salesState,
        String currency,
        List<PriceCategoryView> priceCategories)
        implements Serializable {

    public SessionView {
        priceCategories = List.copyOf(priceCategories);
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }
}
