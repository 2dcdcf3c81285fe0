package org.marquee.web.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The header's English / Deutsch links: each goes to the public site's {@code /language}
 * address, which remembers the choice and comes back to the page the visitor was on.
 */
@Named("languageSwitch")
@RequestScoped
public class LanguageSwitch {

    @Inject
    private HttpServletRequest request;

    public String getCurrent() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    /** "/language?lang=de&amp;to=%2Fevents%2F42": the address the visitor asked for, not the view's. */
    public String href(String language) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null
                ? (forwardedQuery == null ? null : forwardedQuery.toString())
                : request.getQueryString();
        // The address's own ?lang= would outvote the choice just made: the way back drops it.
        query = Languages.withoutLanguage(query);
        String back = query == null ? path : path + "?" + query;
        return "/language?lang=" + language + "&to=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
