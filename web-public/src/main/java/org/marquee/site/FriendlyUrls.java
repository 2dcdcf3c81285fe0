package org.marquee.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.marquee.core.platform.Slugs;

/**
 * Friendly addresses of the public site: {@code /events/<slug>}, {@code /artists/<slug>},
 * {@code /venues/<slug>}, {@code /cities/<slug>}, {@code /categories/<slug>} and
 * {@code /search?q=}, the directories {@code /artists} and {@code /venues}, and the footer's
 * pages ({@code /terms}, {@code /privacy}, {@code /refunds}, {@code /contact}, {@code /faq}),
 * forwarded to the Faces page that shows them. A malformed slug is a 404.
 */
@WebFilter(
        urlPatterns = {
            "/events/*",
            "/artists/*",
            "/venues/*",
            "/cities/*",
            "/categories/*",
            "/search",
            "/terms",
            "/privacy",
            "/refunds",
            "/contact",
            "/faq"
        })
public class FriendlyUrls extends HttpFilter {

    private static final Map<String, String> PAGES = Map.of(
            "/events", "/event.xhtml?slug=",
            "/artists", "/artist.xhtml?slug=",
            "/venues", "/venue.xhtml?slug=",
            "/cities", "/browse.xhtml?city=",
            "/categories", "/browse.xhtml?category=");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        // The path as requested: no servlet is mapped to these addresses, so servlet path and
        // path info say nothing useful.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/search".equals(path)) {
            forward(request, response, "/browse.xhtml" + (query == null ? "" : "?" + query));
            return;
        }
        if (InfoPage.NAMES.contains(path.substring(1))) {
            forward(request, response, "/info.xhtml?name=" + path.substring(1) + (query == null ? "" : "&" + query));
            return;
        }
        if (path.equals("/artists") || path.equals("/artists/") || path.equals("/venues") || path.equals("/venues/")) {
            String kind = path.substring(1).replace("/", "");
            forward(request, response, "/directory.xhtml?kind=" + kind + (query == null ? "" : "&" + query));
            return;
        }
        int slash = path.indexOf('/', 1);
        String page = slash < 0 ? null : PAGES.get(path.substring(0, slash));
        String slug = slash < 0 ? "" : path.substring(slash + 1);
        if (page == null || !Slugs.isValid(slug)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String target = page + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        forward(request, response, query == null ? target : target + "&" + query);
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException, ServletException {
        request.getRequestDispatcher(target).forward(request, response);
    }
}
