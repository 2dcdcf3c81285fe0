package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marquee.core.catalog.EventStatus;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.PriceCategoryDraft;
import org.marquee.core.catalog.PriceCategoryView;
import org.marquee.core.catalog.PricedSection;
import org.marquee.core.catalog.SessionDraft;
import org.marquee.core.catalog.SessionStatus;
import org.marquee.core.catalog.SessionView;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.catalog.VenueSections;
import org.marquee.core.platform.AuditRecord;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidField;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Settings;
import org.marquee.core.venue.VenueChoice;
import org.marquee.core.venue.Venues;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/**
 * Schedules a session of an event, or changes one: venue, times in the venue's zone, sales
 * window, status, a price per section, and the session's price categories. Every rule is the
 * Sessions service's; a refusal about one input is shown at that input.
 */
@Named
@ViewScoped
public class SessionEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Sessions sessions;

    @EJB
    private Events events;

    @EJB
    private Venues venues;

    @EJB
    private AuditTrail audit;

    @EJB
    private Settings settings;

    private Long id;
    private Long eventId;
    private String eventTitle;
    private SessionView view;
    private String currency;
    private SessionDraft draft = new SessionDraft();
    private VenueSections venue;
    private VenueSections storedVenue;
    private List<VenueChoice> venueChoices = List.of();
    private List<AuditRecord> history = List.of();

    private Long editingCategoryId;
    private PriceCategoryDraft category = new PriceCategoryDraft();

    /** Loads the session named by id, or prepares a new one for the event named by event. */
    public void load() {
        try {
            if (id != null) {
                view = sessions.view(id);
                draft = sessions.draft(id);
                eventId = view.eventId();
                eventTitle = view.eventTitle();
                venue = sessions.sectionsAt(draft.getVenueId());
                storedVenue = venue;
                history = audit.of("EventSession", id);
            } else if (eventId != null) {
                var event = events.details(eventId);
                if (event.status() == EventStatus.CANCELLED) {
                    Messages.error(null, "catalog.event.cancelledNoSessions", event.title());
                }
                eventTitle = event.title();
            } else {
                Responses.notFound();
                return;
            }
        } catch (NotFound missing) {
            Responses.notFound();
            return;
        }
        venueChoices = venues.choices();
        // A new session is priced in its venue's currency (its country's), which it gets when saved.
        currency = view != null
                ? view.currency()
                : venue != null ? venue.currency() : settings.current().defaultCurrency();
    }

    /** The currency the form's prices are in, before the first save too. */
    public String getCurrency() {
        return currency;
    }

    /** A new venue brings its time zone and sections; typed prices of other venues' sections go. */
    public void venueChanged() {
        if (draft.getVenueId() == null) {
            venue = null;
            draft.getSectionPrices().clear();
            return;
        }
        try {
            venue = sessions.sectionsAt(draft.getVenueId());
        } catch (NotFound missing) {
            venue = null;
            return;
        }
        Set<Long> sections = venue.sections().stream().map(PricedSection::id).collect(Collectors.toSet());
        draft.getSectionPrices().keySet().retainAll(sections);
        if (view == null) {
            currency = venue.currency();
        }
    }

    public String save() {
        try {
            if (id == null) {
                SessionView created = sessions.schedule(eventId, draft);
                Messages.flashInfo("admin.saved", eventTitle);
                return redirect(created.id());
            }
            sessions.update(id, draft);
            Messages.flashInfo("admin.saved", eventTitle);
            return redirect(id);
        } catch (InvalidField refusal) {
            Messages.error(sessionField(refusal.field()), refusal);
            return null;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public void editCategory(PriceCategoryView existing) {
        editingCategoryId = existing.id();
        category = new PriceCategoryDraft(existing);
    }

    public void newCategory() {
        editingCategoryId = null;
        category = new PriceCategoryDraft();
    }

    public String saveCategory() {
        try {
            sessions.savePriceCategory(id, editingCategoryId, category);
            Messages.flashInfo("admin.saved", category.getName());
            return redirect(id);
        } catch (InvalidField refusal) {
            Messages.error(categoryField(refusal.field()), refusal);
            return null;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String removeCategory(PriceCategoryView existing) {
        try {
            sessions.removePriceCategory(id, existing.id());
            Messages.flashInfo("admin.deleted", existing.name());
            return redirect(id);
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    private String sessionField(String field) {
        if (field.startsWith("price:")) {
            return "session:prices:" + sectionIndex(venue, field.substring("price:".length())) + ":price";
        }
        return switch (field) {
            case "venue", "startsAt", "endsAt", "salesStart", "salesEnd", "status" -> "session:" + field;
            default -> null;
        };
    }

    private String categoryField(String field) {
        if (field.startsWith("categoryPrice:")) {
            return "category:prices:" + sectionIndex(storedVenue, field.substring("categoryPrice:".length()))
                    + ":price";
        }
        return switch (field) {
            case "categoryName" -> "category:name";
            case "categoryLimit" -> "category:limit";
            default -> null;
        };
    }

    /** The row of the section's input in the form's list of the venue's sections. */
    private static int sectionIndex(VenueSections shown, String sectionId) {
        List<PricedSection> sections = shown == null ? List.of() : shown.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (String.valueOf(sections.get(i).id()).equals(sectionId)) {
                return i;
            }
        }
        return 0;
    }

    private static String redirect(long sessionId) {
        return "session.xhtml?faces-redirect=true&id=" + sessionId;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isCancelled() {
        return view != null && view.cancelled();
    }

    /** The states the form offers: a new session is scheduled or on sale; see SessionStatus. */
    public List<SessionStatus> getStatusChoices() {
        if (view == null) {
            return List.of(SessionStatus.SCHEDULED, SessionStatus.ON_SALE);
        }
        // Cancelling refunds every order: the page's own button does it (CancellationPanel), not the form.
        return view.status().staffChoices().stream()
                .filter(status -> status != SessionStatus.CANCELLED || view.cancelled())
                .toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public SessionView getView() {
        return view;
    }

    public SessionDraft getDraft() {
        return draft;
    }

    public VenueSections getVenue() {
        return venue;
    }

    /** The sections of the venue the session is saved at, which its price categories price. */
    public VenueSections getStoredVenue() {
        return storedVenue;
    }

    public List<VenueChoice> getVenueChoices() {
        return venueChoices;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }

    public Long getEditingCategoryId() {
        return editingCategoryId;
    }

    public PriceCategoryDraft getCategory() {
        return category;
    }
}
