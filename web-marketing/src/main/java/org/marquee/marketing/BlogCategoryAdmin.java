package org.marquee.marketing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.marquee.core.marketing.BlogCategories;
import org.marquee.core.marketing.BlogCategoryView;
import org.marquee.web.CategoryListPage;

/** The blog categories page: the list, adding one, renaming and deleting those no post uses. */
@Named
@ViewScoped
public class BlogCategoryAdmin extends CategoryListPage<BlogCategoryView> {

    private static final long serialVersionUID = 1L;

    @EJB
    private BlogCategories categories;

    @Override
    protected List<BlogCategoryView> load() {
        return categories.all();
    }

    @Override
    protected String create(String name, String slug) {
        return categories.add(name, slug).name();
    }

    @Override
    protected void renameTo(long id, String name) {
        categories.rename(id, name);
    }

    @Override
    protected void remove(long id) {
        categories.delete(id);
    }

    @Override
    protected long idOf(BlogCategoryView category) {
        return category.id();
    }

    @Override
    protected String nameOf(BlogCategoryView category) {
        return category.name();
    }
}
