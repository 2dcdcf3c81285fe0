package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.marquee.core.catalog.CatalogPages;
import org.marquee.core.catalog.DirectoryEntry;
import org.marquee.core.platform.Page;

/** The public directories {@code /artists} and {@code /venues}: every artist or venue by name, a page at a time. */
@Named
@RequestScoped
public class DirectoryPage {

    @EJB
    private CatalogPages pages;

    @Inject
    private HttpServletRequest request;

    private String kind;
    private Page<DirectoryEntry> page;

    public void load() {
        kind = "venues".equals(request.getParameter("kind")) ? "venues" : "artists";
        int number = number(request.getParameter("page"));
        page = kind.equals("venues") ? pages.venueDirectory(number) : pages.artistDirectory(number);
    }

    private static int number(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }

    /** {@code artists} or {@code venues}: the directory's address and its message keys. */
    public String getKind() {
        return kind;
    }

    public Page<DirectoryEntry> getPage() {
        return page;
    }

    public String getPreviousLink() {
        return "/" + kind + "?page=" + (page.number() - 1);
    }

    public String getNextLink() {
        return "/" + kind + "?page=" + (page.number() + 1);
    }
}
