package org.marquee.gateway;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.regex.Pattern;

/**
 * Keeps {@code ?order=} in the address of every form of the checkout: a form posts back to its
 * view's plain address, so after a refusal, "Take places" or "Best available" the address bar lost
 * the order, and a reload, a bookmark or a new tab said "There is no such order".
 */
public class OrderKeepingViewHandler extends ViewHandlerWrapper {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Pattern HAS_ORDER = Pattern.compile("[?&]order=");

    public OrderKeepingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        return withOrder(
                url, context.getExternalContext().getRequestParameterMap().get("order"));
    }

    /** The address with the order's id added, when the request has a well-formed one and the address none. */
    static String withOrder(String url, String order) {
        if (order == null
                || !ID.matcher(order).matches()
                || HAS_ORDER.matcher(url).find()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "order=" + order;
    }
}
