package org.marquee.site.orders;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.marquee.core.order.BuyerOrder;
import org.marquee.core.order.BuyerOrders;

/** "My orders": the logged-in buyer's orders, the coming sessions first, then the past ones. */
@Named
@RequestScoped
public class MyOrders {

    @EJB
    private BuyerOrders orders;

    private List<BuyerOrder> upcoming;
    private List<BuyerOrder> past;

    @PostConstruct
    void load() {
        Instant now = Instant.now();
        List<BuyerOrder> all = orders.mine();
        upcoming = all.stream()
                .filter(o -> !o.isPast(now))
                .sorted(java.util.Comparator.comparing(o -> o.session().startsAt()))
                .toList();
        past = all.stream().filter(o -> o.isPast(now)).toList();
    }

    public List<BuyerOrder> getUpcoming() {
        return upcoming;
    }

    public List<BuyerOrder> getPast() {
        return past;
    }

    public boolean isNone() {
        return upcoming.isEmpty() && past.isEmpty();
    }
}
