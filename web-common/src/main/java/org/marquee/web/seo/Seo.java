package org.marquee.web.seo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.List;
import org.marquee.core.identity.AccountLinks;

/**
 * What the layout tells search engines about the public page it renders: whether to index it,
 * its canonical address and its language versions ({@link PageAddress}). Addresses are built on
 * the configured public address ({@code MARQUEE_PUBLIC_URL}), never on the request's Host header.
 */
@Named("seo")
@RequestScoped
public class Seo {

    /**
     * Paths of the public site that are nobody's to index (robots.txt keeps crawlers out of them
     * too): the account area, an order's own pages, the door, sign-in and newsletter answers.
     * Search results are indexed when they find something (the page says so), under the
     * address of their query.
     */
    static final List<String> PRIVATE =
            List.of("/account/", "/order.xhtml", "/door/", "/login.xhtml", "/newsletter-", "/order-document");

    static final int SUMMARY = 160;

    private PageAddress address;
    private Boolean indexable;

    /** Whether search engines may index the page: not a private one, not an error page. */
    public boolean isIndexable() {
        if (indexable == null) {
            String path = address().path();
            indexable = request().getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
                    && PRIVATE.stream().noneMatch(path::startsWith);
        }
        return indexable;
    }

    public String getCanonical() {
        return address().canonical();
    }

    public List<PageAddress.Alternate> getAlternates() {
        return address().alternates();
    }

    /**
     * A page's own text as a meta description: plain text on one line, at most {@value #SUMMARY}
     * characters, cut at a word with an ellipsis; empty when there is no text (the layout then
     * uses the site's description).
     */
    public String summary(String text) {
        return Summaries.of(text, SUMMARY);
    }

    /** "Concerts in Berlin: upcoming sessions and tickets on Marquee." for a list page's heading. */
    public String about(String heading) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "msg").getString("layout.description.about");
        return MessageFormat.format(pattern, heading == null ? "" : heading);
    }

    private PageAddress address() {
        if (address == null) {
            HttpServletRequest request = request();
            // A friendly address (/events/<slug>) is forwarded to its Faces page: name the first.
            String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            String query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            if (uri == null) {
                uri = request.getRequestURI();
                query = request.getQueryString();
            }
            String path = uri.substring(request.getContextPath().length());
            address = PageAddress.of(AccountLinks.from(System::getenv).base(), path, query);
        }
        return address;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
