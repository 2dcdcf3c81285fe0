package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.payment.Confirmation;
import org.marquee.core.payment.PaymentCheckout;
import org.marquee.core.platform.DomainException;

/**
 * Where the provider sends the buyer back: {@code /checkout/return?order=<id>} with Stripe's
 * {@code payment_intent} or PayPal's {@code token} (its order id). The provider is asked what
 * happened (an approved PayPal payment is captured), and the buyer lands on the thank-you page,
 * or back on the payment page with what went wrong. Only the browser holding the order's token is
 * heard; the webhook confirms the same payment whichever comes first.
 */
@WebServlet("/return")
public class PaymentReturn extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PaymentReturn.class.getName());

    @EJB
    private PaymentCheckout payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long orderId;
        try {
            orderId = Long.parseLong(String.valueOf(request.getParameter("order")));
        } catch (NumberFormatException e) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        String ref = request.getParameter("payment_intent") != null
                ? request.getParameter("payment_intent")
                : request.getParameter("token");
        String back = request.getContextPath() + "/payment.xhtml?order=" + orderId;
        if (ref == null || ref.isBlank()) {
            response.sendRedirect(back + "&payment=cancelled");
            return;
        }
        OrderAccess access =
                OrderAccess.of(orderId, OrderCookies.token(request, orderId).orElse(null));
        Confirmation confirmation;
        try {
            confirmation = payments.returned(access, ref);
        } catch (DomainException e) {
            LOG.info(() -> "Return for order " + orderId + " refused: " + e.messageKey());
            response.sendRedirect(back + "&payment="
                    + ("payment.providerUnavailable".equals(e.messageKey()) ? "unavailable" : "refused"));
            return;
        }
        response.sendRedirect(
                switch (confirmation) {
                    case PAID, ALREADY_CONFIRMED, REFUND_DUE -> request.getContextPath() + "/done.xhtml?order="
                            + orderId;
                    case NOT_PAID, UNKNOWN -> back + "&payment=notPaid";
                });
    }
}
