package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.CategoryView;
import org.marquee.web.CategoryListPage;

/** The categories page: the list, adding one, renaming and deleting. */
@Named
@ViewScoped
public class CategoryAdmin extends CategoryListPage<CategoryView> {

    private static final long serialVersionUID = 1L;

    @EJB
    private Categories categories;

    @Override
    protected List<CategoryView> load() {
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
    protected long idOf(CategoryView category) {
        return category.id();
    }

    @Override
    protected String nameOf(CategoryView category) {
        return category.name();
    }
}
