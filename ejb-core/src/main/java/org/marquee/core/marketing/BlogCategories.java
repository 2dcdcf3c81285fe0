package org.marquee.core.marketing;

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

/** The blog's categories: editors add, rename, and delete those no post is filed under; anyone lists them. */
// PermitAll for the lists: WildFly denies unannotated methods of a bean that names roles anywhere.
@Stateless
@PermitAll
public class BlogCategories {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @RolesAllowed(Role.Names.MARKETING)
    public BlogCategoryView add(String name, String requestedSlug) {
        String slug = Slugs.choose(requestedSlug, name, taken -> bySlug(taken).isPresent());
        BlogCategory category = InvalidInput.check(() -> new BlogCategory(name, slug));
        em.persist(category);
        em.flush();
        audit.record(AuditAction.CREATE, "BlogCategory", category.id(), category.name());
        return BlogCategoryView.of(category);
    }

    @RolesAllowed(Role.Names.MARKETING)
    public void rename(long id, String name) {
        BlogCategory category = find(id);
        InvalidInput.check(() -> category.rename(name));
        audit.record(AuditAction.UPDATE, "BlogCategory", id, "renamed to " + category.name());
    }

    @RolesAllowed(Role.Names.MARKETING)
    public void delete(long id) {
        BlogCategory category = find(id);
        long posts = em.createQuery("select count(p) from BlogPost p where p.category = :c", Long.class)
                .setParameter("c", category)
                .getSingleResult();
        if (posts > 0) {
            throw new InUse(category.name(), posts + " posts");
        }
        em.remove(category);
        audit.record(AuditAction.DELETE, "BlogCategory", id, category.name());
    }

    public BlogCategory find(long id) {
        return Optional.ofNullable(em.find(BlogCategory.class, id))
                .orElseThrow(() -> new NotFound("Blog category", id));
    }

    public Optional<BlogCategoryView> bySlug(String slug) {
        return em.createQuery("select c from BlogCategory c where c.slug = :slug", BlogCategory.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(BlogCategoryView::of);
    }

    public List<BlogCategoryView> all() {
        return em.createQuery(
                        "select new org.marquee.core.marketing.BlogCategoryView(c.id, c.name, c.slug)"
                                + " from BlogCategory c order by c.name, c.id",
                        BlogCategoryView.class)
                .getResultList();
    }
}
