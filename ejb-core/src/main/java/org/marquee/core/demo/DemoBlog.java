package org.marquee.core.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.marquee.core.catalog.Discovery;
import org.marquee.core.catalog.EventLink;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.SessionCard;
import org.marquee.core.identity.Role;
import org.marquee.core.marketing.BlogCategories;
import org.marquee.core.marketing.BlogCategoryView;
import org.marquee.core.marketing.BlogPost;
import org.marquee.core.marketing.BlogPosts;
import org.marquee.core.marketing.PostDetails;
import org.marquee.core.marketing.PostDraft;
import org.marquee.core.media.ImageOwner;
import org.marquee.core.media.Images;

/**
 * The demo's blog: two published posts with covers, in a category, naming upcoming demo events,
 * written through the editors' own service in the demo marketing editor's name. Idempotent: a post
 * whose address is taken (published, withdrawn or scheduled) is left alone, the other still made.
 */
@Stateless
@PermitAll
@RunAs(Role.Names.MARKETING)
@RunAsPrincipal("marketing@marquee.test")
public class DemoBlog {

    @EJB
    private BlogPosts posts;

    @EJB
    private BlogCategories categories;

    @EJB
    private Discovery discovery;

    @EJB
    private Events events;

    @EJB
    private Images images;

    @PersistenceContext
    private EntityManager em;

    public void load() {
        BlogCategoryView guides = categories.bySlug("guides").orElseGet(() -> categories.add("Guides", "guides"));
        List<EventLink> soon = discovery.upcoming(0, 12).items().stream()
                .map(SessionCard::eventSlug)
                .distinct()
                .limit(3)
                .map(slug -> events.bySlug(slug).orElseThrow())
                .map(event -> new EventLink(event.id(), event.title(), event.slug()))
                .toList();
        StringBuilder list = new StringBuilder("<ul>");
        for (EventLink event : soon) {
            list.append("<li><a href=\"/events/")
                    .append(event.slug())
                    .append("\">")
                    .append(escape(event.title()))
                    .append("</a></li>");
        }
        list.append("</ul>");
        publish(
                "winter-nights",
                "Three nights out this winter",
                "Our editors' picks for the coming weeks, from the stage to the concert hall.",
                "<p>Long evenings, warm rooms, live sound. These are the nights we are looking forward to:</p>"
                        + list
                        + "<h2>Before you go</h2><p>Your tickets are in your account and in the email we sent. "
                        + "At the door, show the code on your phone or on paper: either works, once.</p>",
                "Three live nights out this winter, picked by Marquee's editors, with tickets.",
                guides,
                soon,
                1);
        publish(
                "choosing-a-seat",
                "How to choose a seat",
                "Stalls, circle or the front row: what the seat map tells you before you buy.",
                "<p>Every seated session on Marquee shows its hall as it is. Each seat says its row, its "
                        + "number and its price; the ones taken are shown as taken, live.</p>"
                        + "<h2>Held for you</h2><p>A seat you pick is yours for the minutes the countdown "
                        + "shows. Pay before it ends and the seat is sold to you; let it run out and the "
                        + "seat goes back on sale for everyone.</p>"
                        + "<h2>With the keyboard</h2><p>Tab reaches the map, the arrow keys move between "
                        + "seats and Enter takes one.</p>",
                "What a seat map shows before you buy, how long a seat is held for you, and more.",
                guides,
                List.of(),
                2);
    }

    private void publish(
            String slug,
            String title,
            String excerpt,
            String body,
            String description,
            BlogCategoryView category,
            List<EventLink> named,
            int colour) {
        if (taken(slug)) {
            return;
        }
        PostDraft draft = new PostDraft();
        draft.setSlug(slug);
        draft.setTitle(title);
        draft.setExcerpt(excerpt);
        draft.setBody(body);
        draft.setSeoDescription(description);
        draft.setCategoryId(category.id());
        draft.setEventIds(named.stream().map(EventLink::id).toList());
        PostDetails post = posts.publish(null, draft);
        if (DemoPosters.available()) {
            images.attachDrawn(
                    ImageOwner.of(BlogPost.class),
                    post.id(),
                    DemoPosters.draw(title, "On the blog", colour),
                    "demo cover");
        }
    }

    /** Whether any post, whatever its status, has the address. */
    private boolean taken(String slug) {
        return !em.createQuery("select p.id from BlogPost p where p.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
