package org.marquee.site;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marquee.web.language.Languages;

/**
 * The header's language switch, {@code /language?lang=de&to=/events/42}: remembers the choice in
 * the {@code marquee-lang} cookie (the checkout under /checkout reads the same) and goes back to
 * the page, which then renders in that language. Only an address of this host is gone back to.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = request.getParameter("lang");
        if (Languages.supported(language)) {
            response.addCookie(Languages.remember(language, request.isSecure()));
        }
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request.getParameter("to")));
    }

    /** A path on this host ("/x", not "//elsewhere" nor "/\elsewhere"), else the home page. */
    static String back(String to) {
        boolean local = to != null
                && to.startsWith("/")
                && !to.startsWith("//")
                && !to.startsWith("/\\")
                && to.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        return local ? to : "/";
    }
}
