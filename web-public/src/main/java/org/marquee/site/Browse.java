package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.Discovery;
import org.marquee.core.catalog.SessionCard;
import org.marquee.core.geo.Geography;
import org.marquee.core.platform.Page;
import org.marquee.web.Messages;

/** Lists of upcoming sessions: by category, by city, by search text, or all; paged. */
@Named
@RequestScoped
public class Browse {

    static final int PAGE_SIZE = 24;

    @EJB
    private Discovery discovery;

    @EJB
    private Categories categories;

    @EJB
    private Geography geography;

    @Inject
    private HttpServletRequest request;

    private Page<SessionCard> page;
    private String heading;
    private String query;
    private String pageLinkBase;

    public void load() {
        int first = (Pages.pageNumber(request.getParameter("page")) - 1) * PAGE_SIZE;
        String category = request.getParameter("category");
        String city = request.getParameter("city");
        query = request.getParameter("q");
        if (category != null) {
            categories
                    .bySlug(category)
                    .ifPresentOrElse(
                            found -> {
                                heading = Messages.text("browse.category", found.name());
                                page = discovery.byCategory(found.slug(), first, PAGE_SIZE);
                                pageLinkBase = "/categories/" + found.slug() + "?";
                            },
                            Pages::notFound);
        } else if (city != null) {
            geography
                    .findCityBySlug(city)
                    .ifPresentOrElse(
                            found -> {
                                heading = Messages.text("browse.city", found.name());
                                page = discovery.byCity(found.slug(), first, PAGE_SIZE);
                                pageLinkBase = "/cities/" + found.slug() + "?";
                            },
                            Pages::notFound);
        } else if (query != null && !query.isBlank()) {
            heading = Messages.text("browse.search", query.strip());
            page = discovery.search(query, first, PAGE_SIZE);
            pageLinkBase = "/search?q="
                    + java.net.URLEncoder.encode(query.strip(), java.nio.charset.StandardCharsets.UTF_8) + "&";
        } else {
            heading = Messages.text("browse.all");
            page = discovery.upcoming(first, PAGE_SIZE);
            pageLinkBase = "/search?";
        }
    }

    public Page<SessionCard> getPage() {
        return page;
    }

    public String getHeading() {
        return heading;
    }

    public String getQuery() {
        return query;
    }

    public String getNextLink() {
        return pageLinkBase + "page=" + (page.number() + 1);
    }

    public String getPreviousLink() {
        return pageLinkBase + "page=" + (page.number() - 1);
    }
}
