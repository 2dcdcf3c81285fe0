package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.core.checkin.TicketDocuments;
import org.marquee.core.checkin.TicketFile;
import org.marquee.core.checkin.TicketKeyMissing;
import org.marquee.core.checkin.WalletPasses;
import org.marquee.core.order.NotYourOrder;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.platform.NotFound;
import org.marquee.web.Responses;

/**
 * The buyer's tickets: {@code /checkout/tickets?order=<id>} is the PDF, {@code &pass=<ticket id>}
 * one ticket's Apple Wallet pass (where a pass certificate is configured). Only for the browser
 * that holds the order's token (its cookie) or the logged-in account that bought it; anyone else
 * gets 403, an unknown order 404, the same for both.
 */
@WebServlet("/tickets")
public class TicketDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TicketDownload.class.getName());

    @EJB
    private transient TicketDocuments documents;

    @EJB
    private transient WalletPasses passes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> orderId = id(request.getParameter("order"));
        Optional<Long> passOf = id(request.getParameter("pass"));
        if (orderId.isEmpty() || (request.getParameter("pass") != null && passOf.isEmpty())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> token = OrderCookies.token(request, orderId.get());
        try {
            TicketFile file;
            if (passOf.isPresent()) {
                file = token.isPresent()
                        ? passes.pass(OrderAccess.of(orderId.get(), token.get()), passOf.get())
                        : passes.passForAccount(orderId.get(), passOf.get());
            } else {
                file = token.isPresent()
                        ? documents.pdf(OrderAccess.of(orderId.get(), token.get()))
                        : documents.pdfForAccount(orderId.get());
            }
            Responses.file(response, file.fileName(), file.contentType(), file.content(), true);
        } catch (NotYourOrder | NotFound e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (TicketKeyMissing e) {
            LOG.log(Level.SEVERE, "Tickets of order " + orderId.get() + " cannot be signed", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static Optional<Long> id(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > 18
                || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(text));
    }
}
