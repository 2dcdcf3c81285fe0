package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.marquee.core.catalog.ArtistChoice;
import org.marquee.core.catalog.Artists;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.CategoryView;
import org.marquee.core.catalog.EventDetails;
import org.marquee.core.catalog.EventStatus;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.SessionRow;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.platform.AuditRecord;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/**
 * Creates an event, or edits, publishes, cancels and deletes one; lists its sessions and shows
 * who changed it and when.
 */
@Named
@ViewScoped
public class EventEdit implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @EJB
    private Events events;

    @EJB
    private Sessions sessions;

    @EJB
    private Artists artists;

    @EJB
    private Categories categories;

    @EJB
    private AuditTrail audit;

    private Long id;
    private String title;
    private String slug;
    private String description;
    private Long categoryId;
    private List<ArtistChoice> billing = new ArrayList<>();
    private EventStatus status;
    private List<CategoryView> categoryChoices = List.of();
    private List<SessionRow> sessionRows = List.of();
    private List<AuditRecord> history = List.of();

    /** Loads the event named by the id parameter; without one the form creates a new event. */
    public void load() {
        categoryChoices = categories.all();
        if (id == null) {
            return;
        }
        EventDetails event;
        try {
            event = events.details(id);
        } catch (NotFound missing) {
            Responses.notFound();
            return;
        }
        title = event.title();
        slug = event.slug();
        description = event.description();
        categoryId = event.categoryId();
        billing = new ArrayList<>(event.artists());
        status = event.status();
        sessionRows = sessions.ofEvent(id);
        history = audit.of("Event", id);
    }

    public String save() {
        List<Long> artistIds = billing.stream().map(ArtistChoice::id).toList();
        try {
            if (id == null) {
                EventDetails created = events.create(title, slug, description, categoryId, artistIds);
                Messages.flashInfo("admin.saved", created.title());
                return redirect(created.id());
            }
            events.describe(id, title, slug, description, categoryId, artistIds);
            Messages.flashInfo("admin.saved", title);
            return redirect(id);
        } catch (DomainException refusal) {
            Messages.error(fieldOf(refusal), refusal);
            return null;
        }
    }

    public String publish() {
        try {
            events.publish(id);
            Messages.flashInfo("admin.event.publishedNow", title);
            return redirect(id);
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String delete() {
        try {
            events.delete(id);
            Messages.flashInfo("admin.deleted", title);
            return "events.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    /**
     * A billed artist's name in the picker. What a refused form is shown again with may be the
     * text it sent rather than an artist: shown as it came (escaped), never a failure.
     */
    public String artistLabel(Object artist) {
        return artist instanceof ArtistChoice choice ? choice.name() : String.valueOf(artist);
    }

    /** Artists whose name contains what was typed, without those already billed. */
    public List<ArtistChoice> completeArtist(String typed) {
        return artists.complete(typed, SUGGESTIONS + billing.size()).stream()
                .filter(artist -> !billing.contains(artist))
                .limit(SUGGESTIONS)
                .toList();
    }

    private static String redirect(long eventId) {
        return "event.xhtml?faces-redirect=true&id=" + eventId;
    }

    private static String fieldOf(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "slugTaken" -> "event:slug";
            default -> null;
        };
    }

    public boolean isNew() {
        return id == null;
    }

    /** A new event or a draft may get another address name; a public one keeps its own. */
    public boolean isSlugEditable() {
        return id == null || status == EventStatus.DRAFT;
    }

    public boolean isDraft() {
        return status == EventStatus.DRAFT;
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public List<ArtistChoice> getBilling() {
        return billing;
    }

    public void setBilling(List<ArtistChoice> billing) {
        this.billing = billing == null ? new ArrayList<>() : new ArrayList<>(billing);
    }

    public EventStatus getStatus() {
        return status;
    }

    public List<CategoryView> getCategories() {
        return categoryChoices;
    }

    public List<SessionRow> getSessions() {
        return sessionRows;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }
}
