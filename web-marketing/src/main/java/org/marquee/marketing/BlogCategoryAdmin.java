package org.marquee.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marquee.core.marketing.BlogCategories;
import org.marquee.core.marketing.BlogCategory;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/** The blog categories page: the list, adding one, renaming and deleting those no post uses. */
@Named
@ViewScoped
public class BlogCategoryAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BlogCategories categories;

    private List<BlogCategory> all;
    private String newName;
    private String newSlug;
    private Long editedId;
    private String editedName;

    @PostConstruct
    void load() {
        all = categories.all();
    }

    public String add() {
        return attempt(() -> categories.add(newName, newSlug).name(), "admin.saved");
    }

    public void edit(BlogCategory category) {
        editedId = category.id();
        editedName = category.name();
    }

    public String rename() {
        return attempt(
                () -> {
                    categories.rename(editedId, editedName);
                    return editedName;
                },
                "admin.saved");
    }

    public String delete(BlogCategory category) {
        return attempt(
                () -> {
                    categories.delete(category.id());
                    return category.name();
                },
                "admin.deleted");
    }

    private String attempt(java.util.function.Supplier<String> change, String doneKey) {
        try {
            String name = change.get();
            Messages.flashInfo(doneKey, name);
            return "categories.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public List<BlogCategory> getAll() {
        return all;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }
}
