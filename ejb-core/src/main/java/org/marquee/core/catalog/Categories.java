package org.marquee.core.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InUse;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Slugs;

/** The categories visitors browse by. */
@Stateless
@PermitAll // reads are public; each change names its role below
public class Categories {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @RolesAllowed(Role.Names.ADMIN)
    public CategoryView add(String name, String requestedSlug) {
        String slug = Slugs.choose(requestedSlug, name, taken -> bySlug(taken).isPresent());
        Category category = InvalidInput.check(() -> new Category(name, slug, all().size()));
        em.persist(category);
        em.flush();
        audit.record(AuditAction.CREATE, "Category", category.id(), category.name());
        return CategoryView.of(category);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void rename(long id, String name) {
        Category category = find(id);
        InvalidInput.check(() -> category.rename(name));
        audit.record(AuditAction.UPDATE, "Category", id, "renamed to " + category.name());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void delete(long id) {
        Category category = find(id);
        long events = em.createQuery("select count(e) from Event e where e.category = :c", Long.class)
                .setParameter("c", category)
                .getSingleResult();
        if (events > 0) {
            throw new InUse(category.name(), events + " events");
        }
        em.remove(category);
        audit.record(AuditAction.DELETE, "Category", id, category.name());
    }

    public Category find(long id) {
        return Optional.ofNullable(em.find(Category.class, id)).orElseThrow(() -> new NotFound("Category", id));
    }

    public Optional<CategoryView> bySlug(String slug) {
        return em.createQuery("select c from Category c where c.slug = :slug", Category.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(CategoryView::of);
    }

    public List<CategoryView> all() {
        return em.createQuery(
                        "select new org.marquee.core.catalog.CategoryView(c.id, c.name, c.slug)"
                                + " from Category c order by c.sortOrder, c.name",
                        CategoryView.class)
                .getResultList();
    }
}
