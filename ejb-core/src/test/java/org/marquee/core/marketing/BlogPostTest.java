package org.marquee.core.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BlogPostTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void aNewPostIsADraftWithASanitisedBody() {
        BlogPost post = post("<p>Hello</p><script>alert(1)</script>");

        assertEquals(PostStatus.DRAFT, post.status());
        assertEquals("<p>Hello</p>", post.body());
        assertFalse(post.isPublicAt(NOW.plus(Duration.ofDays(365))));
    }

    @Test
    void rewritingSanitisesAgainAndKeepsTitlesAsPlainText() {
        BlogPost post = post("<p>x</p>");

        post.write(
                new PostContent(
                        " <b>Title</b> ", "<i>excerpt</i>", "<img src=/images/7/card.jpg onerror=alert(1)>", null, " "),
                null,
                List.of(),
                NOW);

        assertEquals("<b>Title</b>", post.title(), "titles are text, escaped where shown");
        assertEquals("<img src=\"/images/7/card.jpg\" loading=\"lazy\" decoding=\"async\" />", post.body());
        assertNull(post.seoDescription());
    }

    @Test
    void aScheduledPostIsPublicFromItsTimeOn() {
        BlogPost post = post("<p>x</p>");
        Instant at = NOW.plus(Duration.ofHours(2));

        post.schedule(at, NOW);

        assertEquals(PostStatus.SCHEDULED, post.statusAt(NOW));
        assertFalse(post.isPublicAt(at.minusSeconds(1)));
        assertTrue(post.isPublicAt(at));
        assertEquals(PostStatus.PUBLISHED, post.statusAt(at), "published without any timer");
    }

    @Test
    void aPostCannotBeScheduledInThePast() {
        BlogPost post = post("<p>x</p>");

        assertThrows(PublishTimePassed.class, () -> post.schedule(NOW, NOW));
        assertThrows(PublishTimePassed.class, () -> post.schedule(NOW.minusSeconds(60), NOW));
        assertEquals(PostStatus.DRAFT, post.status());
    }

    @Test
    void publishingKeepsTheFirstPublishTime() {
        BlogPost post = post("<p>x</p>");
        post.publish(NOW);
        post.publish(NOW.plus(Duration.ofDays(1)));

        assertEquals(NOW, post.publishAt());
        assertTrue(post.isPublicAt(NOW));
    }

    @Test
    void publishingAScheduledPostBringsItForward() {
        BlogPost post = post("<p>x</p>");
        post.schedule(NOW.plus(Duration.ofDays(3)), NOW);

        post.publish(NOW);

        assertEquals(PostStatus.PUBLISHED, post.status());
        assertEquals(NOW, post.publishAt());
    }

    @Test
    void aWithdrawnPostIsADraftAgain() {
        BlogPost post = post("<p>x</p>");
        post.publish(NOW);

        post.withdraw(NOW.plusSeconds(5));

        assertEquals(PostStatus.DRAFT, post.status());
        assertFalse(post.isPublicAt(NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void anEmptyPostIsNeitherScheduledNorPublished() {
        BlogPost post = post("<script>only this</script>");

        assertThrows(IllegalStateException.class, () -> post.publish(NOW));
        assertThrows(IllegalStateException.class, () -> post.schedule(NOW.plusSeconds(60), NOW));
    }

    @Test
    void relatedEventsAreKeptOnceInOrderAndBounded() {
        BlogPost post = post("<p>x</p>");
        post.write(content("<p>x</p>"), null, List.of(7L, 3L, 7L, 9L), NOW);
        assertEquals(List.of(7L, 3L, 9L), post.relatedEventIds());

        List<Long> tooMany = LongStream.rangeClosed(1, BlogPost.MAX_RELATED_EVENTS + 1)
                .boxed()
                .toList();
        assertThrows(IllegalArgumentException.class, () -> post.write(content("<p>x</p>"), null, tooMany, NOW));
    }

    @Test
    void aPostNeedsATitleAndBoundedTexts() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new BlogPost("t", new PostContent(" ", null, "<p>x</p>", null, null), "A", "a@x.test", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new BlogPost(
                        "t",
                        new PostContent("T", null, "<p>x</p>", "s".repeat(BlogPost.SEO_TITLE_LENGTH + 1), null),
                        "A",
                        "a@x.test",
                        NOW));
        assertThrows(IllegalArgumentException.class, () -> new BlogPost("Not a slug", content("x"), "A", "a", NOW));
    }

    private static BlogPost post(String body) {
        return new BlogPost("a-post", content(body), "Ann Editor", "marketing@marquee.test", NOW);
    }

    private static PostContent content(String body) {
        return new PostContent("A post", "Short", body, null, null);
    }
}
