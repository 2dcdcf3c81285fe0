package org.marquee.marketing;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.marquee.core.catalog.EventLink;
import org.marquee.core.catalog.Events;
import org.marquee.core.marketing.BlogCategories;
import org.marquee.core.marketing.BlogCategoryView;
import org.marquee.core.marketing.BlogHtml;
import org.marquee.core.marketing.BlogPosts;
import org.marquee.core.marketing.PostDetails;
import org.marquee.core.marketing.PostDraft;
import org.marquee.core.marketing.PostStatus;
import org.marquee.core.marketing.PostView;
import org.marquee.core.marketing.PublishTimePassed;
import org.marquee.core.platform.AuditRecord;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.web.Formats;
import org.marquee.web.Messages;
import org.marquee.web.Responses;
import org.marquee.web.security.SiteSecurity;

/** The post editor: write, preview, save, schedule, publish, withdraw, delete; and the post's history. */
@Named
@ViewScoped
public class PostEdit implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EVENT_SUGGESTIONS = 12;

    @EJB
    private BlogPosts posts;

    @EJB
    private BlogCategories categories;

    @EJB
    private Events events;

    @EJB
    private AuditTrail audit;

    @Inject
    private Formats formats;

    private Long id;
    private PostDraft draft = new PostDraft();
    private List<EventLink> relatedEvents = new ArrayList<>();
    private PostStatus status;
    private String storedSlug;
    private PostView preview;

    @Inject
    private HttpServletRequest request;

    private List<BlogCategoryView> categoryList = List.of();
    private List<AuditRecord> history = List.of();

    /** Loads the post named by the id parameter; without one the form writes a new post. */
    public void load() {
        categoryList = categories.all();
        if (id == null) {
            return;
        }
        PostDetails post;
        try {
            post = posts.details(id);
        } catch (NotFound missing) {
            Responses.notFound();
            return;
        }
        draft = posts.draft(id);
        draft.setBody(PictureAddresses.forEditor(draft.getBody(), origin()));
        relatedEvents = new ArrayList<>(events.links(draft.getEventIds()));
        status = post.status();
        storedSlug = post.slug();
        history = audit.of("BlogPost", id);
    }

    public String save() {
        return attempt(() -> posts.save(id, withEvents()), post -> Messages.flashInfo("admin.saved", post.title()));
    }

    public String schedule() {
        if (draft.getPublishAt() == null) {
            Messages.error("editor:publishAt", "marketing.post.publishAt.required");
            return null;
        }
        return attempt(
                () -> posts.schedule(id, withEvents()),
                post -> Messages.flashInfo(
                        "marketing.post.scheduled", post.title(), formats.instant(post.publishAt())));
    }

    public String publish() {
        return attempt(
                () -> posts.publish(id, withEvents()),
                post -> Messages.flashInfo("marketing.post.published", post.title()));
    }

    public String withdraw() {
        try {
            posts.withdraw(id);
            Messages.flashInfo("marketing.post.withdrawn", draft.getTitle());
            return "post.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String delete() {
        try {
            posts.delete(id);
            Messages.flashInfo("admin.deleted", draft.getTitle());
            return "posts.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    /** Shows the draft as the public page would, saving nothing. */
    public void showPreview() {
        String submitted = draft.getBody();
        draft.setBody(PictureAddresses.forStorage(submitted, origin()));
        try {
            preview = posts.preview(id, withEvents());
        } catch (DomainException refusal) {
            preview = null;
            Messages.error(refusal);
        } finally {
            draft.setBody(submitted);
        }
    }

    /** The site's origin, which the editor's own pictures carry while edited (see PictureAddresses). */
    String origin() {
        return SiteSecurity.current().origin(request);
    }

    /** A related event's title in the picker; the text a refused form sent, as it came (see EventEdit). */
    public String eventLabel(Object event) {
        return event instanceof EventLink link ? link.title() : String.valueOf(event);
    }

    public List<EventLink> completeEvents(String text) {
        return events.titled(text, EVENT_SUGGESTIONS);
    }

    /** Turns a picked event into its id and back, for the related-events picker. */
    public Converter<Object> getEventConverter() {
        Events service = events;
        return new Converter<>() {
            @Override
            public EventLink getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return service.links(List.of(Long.valueOf(value.strip()))).stream()
                            .findFirst()
                            .orElse(null);
                } catch (NumberFormatException | DomainException unknown) {
                    return null;
                }
            }

            /** What is not an event (the text a refused form sent) comes back as it was. */
            @Override
            public String getAsString(FacesContext context, UIComponent component, Object value) {
                if (value instanceof EventLink link) {
                    return String.valueOf(link.id());
                }
                return value == null ? "" : value.toString();
            }
        };
    }

    private PostDraft withEvents() {
        draft.setEventIds(
                relatedEvents.stream().filter(e -> e != null).map(EventLink::id).toList());
        return draft;
    }

    private String attempt(Supplier<PostDetails> change, java.util.function.Consumer<PostDetails> done) {
        String submitted = draft.getBody();
        draft.setBody(PictureAddresses.forStorage(submitted, origin()));
        // What the body loses to the blog's rule (pictures not of ours, links not http(s)), said aloud.
        BlogHtml.Cleaned cleaned = BlogHtml.clean(draft.getBody());
        try {
            PostDetails post = change.get();
            done.accept(post);
            if (cleaned.droppedSomething()) {
                Messages.flashWarn("marketing.pictures.dropped", cleaned.droppedPictures(), cleaned.droppedLinks());
            }
            return "post.xhtml?faces-redirect=true&id=" + post.id();
        } catch (PublishTimePassed refusal) {
            Messages.error("editor:publishAt", refusal);
            return null;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        } finally {
            draft.setBody(submitted);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isPublic() {
        return status != null && status != PostStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PostDraft getDraft() {
        return draft;
    }

    public List<EventLink> getRelatedEvents() {
        return relatedEvents;
    }

    public void setRelatedEvents(List<EventLink> relatedEvents) {
        this.relatedEvents = relatedEvents == null ? new ArrayList<>() : new ArrayList<>(relatedEvents);
    }

    public PostStatus getStatus() {
        return status;
    }

    public String getStoredSlug() {
        return storedSlug;
    }

    public PostView getPreview() {
        return preview;
    }

    public List<BlogCategoryView> getCategories() {
        return categoryList;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }
}
