package org.marquee.web.language;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * Gives each new view the visitor's language ({@link Languages}) instead of Faces' own choice,
 * which knows the browser's language but not the cookie. Registered by the public site and the
 * checkout only; the staff panels keep Faces' choice among their one supported locale, English.
 * A page opened with {@code ?lang=} keeps it in its forms' addresses, so that what a form answers
 * (a refusal, the next step) is in the language the page was in.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getResponse() instanceof HttpServletResponse response) {
            // The same address answers in either language: a cache must keep them apart.
            response.addHeader("Vary", "Accept-Language, Cookie");
        }
        Object request = context.getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? Languages.of(http) : super.calculateLocale(context);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        Object request = context.getExternalContext().getRequest();
        return request instanceof HttpServletRequest http
                ? withLanguage(url, Languages.asked(http.getQueryString()))
                : url;
    }

    /** The address with {@code lang=} added, when a language was asked for and the address has none. */
    static String withLanguage(String url, String language) {
        if (language == null || url.matches("(?s).*[?&]lang=.*")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "lang=" + language;
    }
}
