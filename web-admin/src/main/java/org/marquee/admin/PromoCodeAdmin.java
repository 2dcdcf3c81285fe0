package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marquee.core.catalog.EventDetails;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.PriceCategoryView;
import org.marquee.core.catalog.SessionRow;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidField;
import org.marquee.core.platform.NotFound;
import org.marquee.core.promo.DiscountKind;
import org.marquee.core.promo.PromoCodeDraft;
import org.marquee.core.promo.PromoCodeRow;
import org.marquee.core.promo.PromoCodes;
import org.marquee.core.promo.ValidityZone;
import org.marquee.web.Formats;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/** An event's promo codes: the list with their uses, creating one, withdrawing one. */
@Named
@ViewScoped
public class PromoCodeAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Events events;

    @EJB
    private Sessions sessions;

    @EJB
    private PromoCodes promoCodes;

    @Inject
    private Formats formats;

    private Long eventId;
    private String eventTitle;
    private List<PromoCodeRow> codes = List.of();
    private List<Choice> sessionChoices = List.of();
    private List<Choice> categoryChoices = List.of();
    private final Map<Long, String> sessionLabels = new HashMap<>();
    private final Map<Long, String> categoryLabels = new HashMap<>();
    private PromoCodeDraft draft = new PromoCodeDraft();

    /** A choice of a select menu: an id and what the admin reads. */
    public record Choice(long id, String label) implements Serializable {}

    public void load() {
        if (eventId == null) {
            Responses.notFound();
            return;
        }
        EventDetails event;
        try {
            event = events.details(eventId);
        } catch (NotFound missing) {
            Responses.notFound();
            return;
        }
        eventTitle = event.title();
        codes = promoCodes.ofEvent(eventId);
        List<Choice> sessionList = new ArrayList<>();
        List<Choice> categoryList = new ArrayList<>();
        for (SessionRow row : sessions.ofEvent(eventId)) {
            String when = formats.dateTime(row.localStart()) + " · " + row.venueName();
            sessionList.add(new Choice(row.id(), when));
            sessionLabels.put(row.id(), when);
            for (PriceCategoryView category : sessions.view(row.id()).priceCategories()) {
                String label = category.name()
                        + (category.isPublic() ? "" : " (" + Messages.text("admin.promo.hidden") + ")") + " · " + when;
                categoryList.add(new Choice(category.id(), label));
                categoryLabels.put(category.id(), label);
            }
        }
        sessionChoices = sessionList;
        categoryChoices = categoryList;
    }

    public String create() {
        try {
            String code = promoCodes.create(eventId, draft).code();
            Messages.flashInfo("admin.promo.created", code);
            return "promo-codes.xhtml?event=" + eventId + "&faces-redirect=true";
        } catch (InvalidField refusal) {
            Messages.error("promo:" + refusal.field(), refusal);
            return null;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String deactivate(PromoCodeRow row) {
        try {
            promoCodes.deactivate(row.id());
            Messages.flashInfo("admin.promo.deactivated", row.code());
            return "promo-codes.xhtml?event=" + eventId + "&faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    /**
     * The zone the form's validity is typed in, in words: the venue's of the session or category
     * chosen, or for an event-wide code the zone of its sessions (the first session's when they
     * span several zones, said so); UTC before the event has sessions.
     */
    public String getZoneNote() {
        ValidityZone zone = promoCodes.validityZone(eventId, draft);
        if (zone.places().isEmpty()) {
            return Messages.text("admin.promo.zone.utc");
        }
        return Messages.text(
                zone.acrossZones() ? "admin.promo.zone.across" : "admin.promo.zone.venue",
                zone.zoneName(),
                zone.placeList());
    }

    /** Whom a code is for, in words: the whole event, a session, or a price category. */
    public String scopeOf(PromoCodeRow row) {
        if (row.priceCategoryId() != null) {
            return categoryLabels.getOrDefault(row.priceCategoryId(), "#" + row.priceCategoryId());
        }
        if (row.sessionId() != null) {
            return sessionLabels.getOrDefault(row.sessionId(), "#" + row.sessionId());
        }
        return Messages.text("admin.promo.scope.event");
    }

    public DiscountKind[] getKinds() {
        return DiscountKind.values();
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

    public List<PromoCodeRow> getCodes() {
        return codes;
    }

    public List<Choice> getSessionChoices() {
        return sessionChoices;
    }

    public List<Choice> getCategoryChoices() {
        return categoryChoices;
    }

    public PromoCodeDraft getDraft() {
        return draft;
    }
}
