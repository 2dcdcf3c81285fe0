package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.marquee.core.order.CheckoutView;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.platform.DomainException;

/**
 * The gateway's home page without {@code ?order=}: this browser's order in progress, found by its
 * cookie, so a buyer who lands here (the header's "Log in" comes back here) continues where they
 * were instead of reading "You have no order in progress".
 */
@Named
@RequestScoped
public class OrdersInProgress {

    @EJB
    private OrderCheckout checkout;

    @Inject
    private HttpServletRequest request;

    /** Goes to the step reached by the newest live order this browser holds, if any. */
    public void resume() throws IOException {
        Optional<CheckoutView> live = OrderCookies.orderIds(request).stream()
                .map(this::view)
                .flatMap(Optional::stream)
                .filter(CheckoutView::live)
                .findFirst();
        if (live.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/"
                    + Checkout.page(live.get().step()) + ".xhtml?order="
                    + live.get().orderId());
        }
    }

    private Optional<CheckoutView> view(long orderId) {
        try {
            String token = OrderCookies.token(request, orderId).orElseThrow();
            return Optional.of(checkout.view(OrderAccess.of(orderId, token)));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
