package org.marquee.site.orders;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.marquee.core.invoice.InvoiceRow;
import org.marquee.core.invoice.Invoices;
import org.marquee.core.order.BuyerOrder;
import org.marquee.core.order.BuyerOrders;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/**
 * One order's page: in the account area ({@code /account/order.xhtml?order=}, the logged-in
 * buyer's own orders only) or through the signed link of its email ({@code
 * /order.xhtml?order=&sig=}, that order and nothing else). A refusal shows its message and no order.
 */
@Named
@RequestScoped
public class OrderPage {

    @Inject
    private HttpServletRequest request;

    @EJB
    private BuyerOrders orders;

    @EJB
    private Invoices invoices;

    private BuyerOrder order;

    private List<InvoiceRow> documents = List.of();

    /** The account area's page: the caller's own order. */
    public void loadOwn() {
        load(null);
    }

    /** The signed link's page. */
    public void loadLinked() {
        String signature = request.getParameter("sig");
        load(signature == null ? "" : signature);
    }

    private void load(String signature) {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("order")).strip());
        } catch (NumberFormatException e) {
            Messages.error(null, signature == null ? "order.notAmongYours" : "order.link.refused", "");
            return;
        }
        try {
            order = signature == null ? orders.mine(id) : orders.viaLink(id, signature);
            documents = signature == null ? invoices.forAccount(id) : invoices.forLink(id, signature);
        } catch (DomainException refused) {
            Messages.error(refused);
        }
    }

    public BuyerOrder getOrder() {
        return order;
    }

    /** The order's invoice and credit notes, oldest first. */
    public List<InvoiceRow> getDocuments() {
        return documents;
    }

    /** The address of one of {@link #getDocuments()} as {@code pdf} or {@code html}, relative to the site. */
    public String documentUrl(InvoiceRow document, String format) {
        return OrderDocumentServlet.PATH
                + (order.viaLink() ? order.linkQuery() + "&" : "?order=" + order.id() + "&")
                + "id=" + document.id() + "&format=" + format;
    }

    /** The address of the order's calendar file, relative to the site. */
    public String getCalendarUrl() {
        return org.marquee.core.order.OrderLinks.CALENDAR
                + (order.viaLink() ? order.linkQuery() : "?order=" + order.id());
    }
}
