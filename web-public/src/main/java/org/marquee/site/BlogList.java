package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.marquee.core.marketing.BlogCategories;
import org.marquee.core.marketing.BlogCategoryView;
import org.marquee.core.marketing.BlogPages;
import org.marquee.core.marketing.PostCard;
import org.marquee.core.platform.Page;

/** The blog's lists: the newest posts, or those of one category; ten to a page. */
@Named
@RequestScoped
public class BlogList {

    static final int PAGE_SIZE = 10;

    @EJB
    private BlogPages blog;

    @EJB
    private BlogCategories categories;

    @Inject
    private HttpServletRequest request;

    private Page<PostCard> page;
    private BlogCategoryView category;
    private java.util.List<BlogCategoryView> categoryList;
    private String base;

    public void load() {
        int first = (Pages.pageNumber(request.getParameter("page")) - 1) * PAGE_SIZE;
        String slug = request.getParameter("category");
        categoryList = categories.all();
        if (slug == null) {
            page = blog.latest(first, PAGE_SIZE);
            base = "/blog?";
            return;
        }
        category = categories.bySlug(slug).orElse(null);
        if (category == null) {
            Pages.notFound();
            return;
        }
        page = blog.inCategory(category.slug(), first, PAGE_SIZE);
        base = "/blog/category/" + category.slug() + "?";
    }

    public Page<PostCard> getPage() {
        return page;
    }

    public BlogCategoryView getCategory() {
        return category;
    }

    public java.util.List<BlogCategoryView> getCategories() {
        return categoryList;
    }

    public String getNextLink() {
        return base + "page=" + (page.number() + 1);
    }

    public String getPreviousLink() {
        return base + "page=" + (page.number() - 1);
    }
}
