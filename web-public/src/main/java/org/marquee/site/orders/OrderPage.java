package org.marquee.site.orders;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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

    private BuyerOrder order;

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
        } catch (DomainException refused) {
            Messages.error(refused);
        }
    }

    public BuyerOrder getOrder() {
        return order;
    }

    /** The address of the order's calendar file, relative to the site. */
    public String getCalendarUrl() {
        return org.marquee.core.order.OrderLinks.CALENDAR
                + (order.viaLink() ? order.linkQuery() : "?order=" + order.id());
    }
}
