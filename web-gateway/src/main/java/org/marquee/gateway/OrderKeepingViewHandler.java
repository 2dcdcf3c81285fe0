package org.marquee.gateway;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps {@code ?order=} in the address of every form of the checkout: a form posts back to its
 * view's plain address, so after a refusal, "Take places" or "Best available" the address bar lost
 * the order, and a reload, a bookmark or a new tab said "There is no such order".
 */
public class OrderKeepingViewHandler extends ViewHandlerWrapper {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Pattern HAS_ORDER = Pattern.compile("[?&]order=");
    private static final Pattern ORDER_PARAMETER = Pattern.compile("[?&]order=(\\d+)");

    public OrderKeepingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        return withOrder(
                url, context.getExternalContext().getRequestParameterMap().get("order"));
    }

    /**
     * A step's redirect ({@code ?faces-redirect=true&order=<id>}) names the order itself; the
     * action address it starts from has it already (above), so it would say {@code order=} twice.
     */
    @Override
    public String getRedirectURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return onceOnly(super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    /** The address without a repeated {@code order=} parameter of the same value. */
    static String onceOnly(String url) {
        Matcher first = ORDER_PARAMETER.matcher(url);
        if (!first.find()) {
            return url;
        }
        String rest =
                url.substring(first.end()).replaceAll(Pattern.quote("&order=" + first.group(1)) + "(?![0-9])", "");
        return url.substring(0, first.end()) + rest;
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
