package org.marquee.web;

import jakarta.annotation.PostConstruct;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.marquee.core.platform.DomainException;

/**
 * A page that lists categories (a name and a slug) and adds, renames and deletes them in place:
 * the event categories of the admin panel, the blog categories of the marketing panel. A
 * subclass (the view-scoped bean the page names) says which service keeps them; every change
 * reports what it did, or why it was refused, and reloads the page.
 *
 * @param <C> the category
 */
public abstract class CategoryListPage<C> implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<C> all;
    private String newName;
    private String newSlug;
    private Long editedId;
    private String editedName;

    /** Every category, in the order the page lists them. */
    protected abstract List<C> load();

    /** Adds one; returns its name as stored. */
    protected abstract String create(String name, String slug);

    protected abstract void renameTo(long id, String name);

    protected abstract void remove(long id);

    protected abstract long idOf(C category);

    protected abstract String nameOf(C category);

    @PostConstruct
    void loadAll() {
        all = load();
    }

    public String add() {
        return attempt(() -> create(newName, newSlug), "admin.saved");
    }

    public void edit(C category) {
        editedId = idOf(category);
        editedName = nameOf(category);
    }

    public String rename() {
        return attempt(
                () -> {
                    renameTo(editedId, editedName);
                    return editedName;
                },
                "admin.saved");
    }

    public String delete(C category) {
        return attempt(
                () -> {
                    remove(idOf(category));
                    return nameOf(category);
                },
                "admin.deleted");
    }

    private String attempt(Supplier<String> change, String doneKey) {
        try {
            String name = change.get();
            Messages.flashInfo(doneKey, name);
            return "categories.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public List<C> getAll() {
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
