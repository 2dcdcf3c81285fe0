package org.marquee.site;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.marquee.core.identity.AccountLinks;

/**
 * {@code /robots.txt}: the rules in {@code WEB-INF/robots.txt} (the public catalog open, the
 * account area, the checkout, the panels and an order's own addresses closed) and the sitemap's
 * absolute address, on the configured public address.
 */
@WebServlet("/robots.txt")
public class Robots extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rules;
        try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/robots.txt")) {
            rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter()
                .write(rules.stripTrailing() + "\n\nSitemap: "
                        + AccountLinks.from(System::getenv).base() + SiteMap.INDEX + "\n");
    }
}
