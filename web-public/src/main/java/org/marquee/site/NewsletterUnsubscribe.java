package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marquee.core.marketing.NewsletterSubscriptions;

/**
 * The unsubscribe link of every newsletter, {@code /newsletter/unsubscribe?token=}: one click
 * unsubscribes. A visitor following it (GET) sees the outcome on a page; a mail program's
 * one-click request (POST with {@code List-Unsubscribe=One-Click}, RFC 8058) gets a bare 200, or
 * 404 for a link that names no subscriber. Repeating it changes nothing.
 */
@WebServlet("/newsletter/unsubscribe")
public class NewsletterUnsubscribe extends HttpServlet {

    /** The request attribute the outcome page reads: true when the link named a subscriber. */
    static final String OUTCOME = "newsletterUnsubscribed";

    private static final long serialVersionUID = 1L;

    @EJB
    private transient NewsletterSubscriptions subscriptions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.setAttribute(OUTCOME, subscriptions.unsubscribe(request.getParameter("token")));
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/newsletter-unsubscribed.xhtml").forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean known = subscriptions.unsubscribe(request.getParameter("token"));
        response.setStatus(known ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(known ? "Unsubscribed.\n" : "Unknown link.\n");
    }
}
