package org.marquee.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The newsletter's pages: {@code /newsletter} (the sign-up form) and {@code /newsletter/confirm}
 * (the confirmation link's target). The unsubscribe link is {@link NewsletterUnsubscribe}.
 */
@WebFilter(urlPatterns = {"/newsletter", "/newsletter/confirm"})
public class NewsletterUrls extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String page = path.equals("/newsletter") ? "/newsletter.xhtml" : "/newsletter-confirm.xhtml";
        String query = request.getQueryString();
        request.getRequestDispatcher(query == null ? page : page + "?" + query).forward(request, response);
    }
}
