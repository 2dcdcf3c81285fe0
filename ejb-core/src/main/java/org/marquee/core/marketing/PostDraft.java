package org.marquee.core.marketing;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A post as the editor's form holds it, before it is saved or previewed: plain fields the page
 * binds to. The model decides what is valid when the draft is saved.
 */
public class PostDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String slug;
    private String excerpt;
    private String body;
    private String seoTitle;
    private String seoDescription;
    private Long categoryId;
    private List<Long> eventIds = new ArrayList<>();
    private Instant publishAt;

    /** The draft of a stored post, for editing it. */
    static PostDraft of(BlogPost post) {
        PostDraft draft = new PostDraft();
        draft.title = post.title();
        draft.slug = post.slug();
        draft.excerpt = post.excerpt();
        draft.body = post.body();
        draft.seoTitle = post.seoTitle();
        draft.seoDescription = post.seoDescription();
        draft.categoryId = post.category() == null ? null : post.category().id();
        draft.eventIds = new ArrayList<>(post.relatedEventIds());
        draft.publishAt = post.publishAt();
        return draft;
    }

    PostContent content() {
        return new PostContent(title, excerpt, body, seoTitle, seoDescription);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSeoTitle() {
        return seoTitle;
    }

    public void setSeoTitle(String seoTitle) {
        this.seoTitle = seoTitle;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public void setSeoDescription(String seoDescription) {
        this.seoDescription = seoDescription;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public List<Long> getEventIds() {
        return eventIds;
    }

    public void setEventIds(List<Long> eventIds) {
        this.eventIds = eventIds == null ? new ArrayList<>() : new ArrayList<>(eventIds);
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(Instant publishAt) {
        this.publishAt = publishAt;
    }
}
