package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.marketing.BlogPages;
import org.marquee.core.marketing.BlogPost;
import org.marquee.core.marketing.BlogPosts;
import org.marquee.core.marketing.PostCard;
import org.marquee.core.marketing.PostContent;
import org.marquee.core.marketing.PostDraft;

/** The blog's public queries inside the server on PostgreSQL: visibility by publish time, bounded SQL, editors only. */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class BlogIT {

    @EJB
    private BlogPages blog;

    @EJB
    private BlogPosts posts;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(BlogIT.class, SqlCounter.class);
    }

    @Test
    void anEventsRelatedPostsCostOneStatementWhateverTheirNumber() throws Exception {
        String tag = "r" + System.nanoTime();
        List<Long> events = em.createQuery("select e.id from Event e order by e.id desc", Long.class)
                .setMaxResults(2)
                .getResultList();
        Instant past = Instant.now().minus(Duration.ofHours(1));
        transaction.begin();
        store(tag + "-one", List.of(events.get(0)), past);
        for (int i = 0; i < 12; i++) {
            store(tag + "-many-" + i, List.of(events.get(1), events.get(0)), past.minusSeconds(i));
        }
        store(tag + "-later", List.of(events.get(1)), Instant.now().plus(Duration.ofDays(1)));
        transaction.commit();
        em.clear();

        List<List<PostCard>> found = new java.util.ArrayList<>();
        int few = SqlCounter.count(em, () -> found.add(blog.relatedTo(events.get(0), 5)));
        int many = SqlCounter.count(em, () -> found.add(blog.relatedTo(events.get(1), 50)));

        assertEquals(1, few);
        assertEquals(1, many);
        assertEquals(5, found.get(0).size(), "bounded by the limit");
        assertEquals(
                12,
                found.get(1).stream().filter(c -> c.slug().startsWith(tag)).count(),
                "the scheduled one is not yet public");
        assertTrue(blog.post(tag + "-later").isEmpty(), "a post before its time is not public");
        assertTrue(blog.post(tag + "-one").isPresent());
    }

    @Test
    void aListCostsTwoStatementsWhateverItsLength() {
        int few = SqlCounter.count(em, () -> blog.latest(0, 2));
        int many = SqlCounter.count(em, () -> blog.latest(0, 50));

        assertEquals(2, few, "the page and its total");
        assertEquals(2, many);
    }

    @Test
    void onlyMarketingEditorsWritePosts() {
        PostDraft draft = new PostDraft();
        draft.setTitle("Anonymous");
        draft.setBody("<p>x</p>");

        assertThrows(EJBAccessException.class, () -> posts.save(null, draft));
    }

    private void store(String slug, List<Long> events, Instant publishAt) {
        Instant created = publishAt.minusSeconds(60);
        BlogPost post = new BlogPost(
                slug,
                new PostContent("Post " + slug, null, "<p>x</p>", null, null),
                "Test",
                "test@marquee.test",
                created);
        post.write(new PostContent("Post " + slug, null, "<p>x</p>", null, null), null, events, created);
        post.schedule(publishAt, created);
        em.persist(post);
    }
}
