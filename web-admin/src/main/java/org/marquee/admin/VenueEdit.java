package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marquee.core.catalog.VenueDeletion;
import org.marquee.core.geo.Geography;
import org.marquee.core.platform.AuditRecord;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.core.venue.VenueDetails;
import org.marquee.core.venue.Venues;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/** Creates a venue, or edits and deletes one; shows how many sessions use it and its history. */
@Named
@ViewScoped
public class VenueEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Venues venues;

    @EJB
    private VenueDeletion deletion;

    @EJB
    private Geography geography;

    @EJB
    private AuditTrail audit;

    private Long id;
    private String name;
    private String slug;
    private Long cityId;
    private String address;
    private String description;
    private long sessions;
    private List<SelectItem> cities = List.of();
    private List<AuditRecord> history = List.of();

    /** Loads the venue named by the id parameter; without one the form creates a new venue. */
    public void load() {
        cities = geography.cities().stream()
                .map(city -> new SelectItem(city.id(), city.name() + ", " + city.countryName()))
                .toList();
        if (id == null) {
            return;
        }
        VenueDetails venue;
        try {
            venue = venues.details(id);
        } catch (NotFound missing) {
            Responses.notFound();
            return;
        }
        name = venue.name();
        slug = venue.slug();
        cityId = venue.cityId();
        address = venue.address();
        description = venue.description();
        sessions = deletion.sessionsAt(id);
        history = audit.of("Venue", id);
    }

    public String save() {
        try {
            if (id == null) {
                VenueDetails created = venues.create(name, slug, cityId, address, description);
                Messages.flashInfo("admin.saved", created.name());
                return "venue-layout.xhtml?faces-redirect=true&id=" + created.id();
            }
            venues.describe(id, name, cityId, address, description);
            Messages.flashInfo("admin.saved", name);
            return "venue.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String delete() {
        try {
            deletion.deleteVenue(id);
            Messages.flashInfo("admin.deleted", name);
            return "venues.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getSessions() {
        return sessions;
    }

    public List<SelectItem> getCities() {
        return cities;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }
}
