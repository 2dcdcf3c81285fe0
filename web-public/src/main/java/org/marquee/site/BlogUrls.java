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
import org.marquee.core.platform.Slugs;

/**
 * The blog's addresses: {@code /blog} (newest posts, {@code ?page=}), {@code /blog/category/<slug>},
 * {@code /blog/<slug>} and the feed {@code /blog/feed.atom} (served by {@link BlogFeed}). A
 * malformed address is a 404.
 */
@WebFilter(urlPatterns = {"/blog", "/blog/*"})
public class BlogUrls extends HttpFilter {

    private static final String CATEGORY = "category/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (path.equals(BlogFeed.PATH)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.equals("/blog") || path.equals("/blog/")) {
            forward(request, response, "/blog.xhtml", query);
            return;
        }
        String rest = path.substring("/blog/".length());
        if (rest.startsWith(CATEGORY) && Slugs.isValid(rest.substring(CATEGORY.length()))) {
            forward(request, response, "/blog.xhtml?category=" + encode(rest.substring(CATEGORY.length())), query);
        } else if (Slugs.isValid(rest)) {
            forward(request, response, "/blog-post.xhtml?slug=" + encode(rest), query);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String target, String query)
            throws IOException, ServletException {
        String full = query == null ? target : target + (target.contains("?") ? "&" : "?") + query;
        request.getRequestDispatcher(full).forward(request, response);
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
