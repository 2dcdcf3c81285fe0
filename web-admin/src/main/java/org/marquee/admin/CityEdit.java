package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.marquee.core.geo.CityView;
import org.marquee.core.geo.CountryView;
import org.marquee.core.geo.Geography;
import org.marquee.core.platform.AuditRecord;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/** Adds a city, or renames one and corrects its time zone; deletes a city without venues. */
@Named
@ViewScoped
public class CityEdit implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @EJB
    private Geography geography;

    @EJB
    private AuditTrail audit;

    private Long id;
    private String name;
    private String countryCode;
    private String timeZone;
    private String slug;
    private List<CountryView> countries;
    private List<String> timeZones;
    private List<AuditRecord> history = List.of();

    @PostConstruct
    void init() {
        countries = geography.countries();
        timeZones = geography.timeZones();
    }

    public void load() {
        if (id == null) {
            return;
        }
        CityView city;
        try {
            city = geography.city(id).orElseThrow(() -> new NotFound("City", id));
        } catch (NotFound missing) {
            Responses.notFound();
            return;
        }
        name = city.name();
        countryCode = city.countryCode();
        timeZone = city.timeZone().getId();
        slug = city.slug();
        history = audit.of("City", id);
    }

    public String save() {
        try {
            if (id == null) {
                CityView created = geography.addCity(countryCode, name, timeZone);
                Messages.flashInfo("admin.saved", created.name());
                return "city.xhtml?faces-redirect=true&id=" + created.id();
            }
            geography.describeCity(id, name, timeZone);
            Messages.flashInfo("admin.saved", name);
            return "city.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException refusal) {
            Messages.error(fieldOf(refusal), refusal);
            return null;
        }
    }

    public String delete() {
        try {
            geography.deleteCity(id);
            Messages.flashInfo("admin.deleted", name);
            return "cities.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    /** Time zones containing what was typed, for the picker. */
    public List<String> completeTimeZone(String typed) {
        String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return timeZones.stream()
                .filter(zone -> zone.toLowerCase(Locale.ROOT).contains(query))
                .limit(SUGGESTIONS)
                .toList();
    }

    private static String fieldOf(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "geo.unknownTimeZone" -> "city:timeZone";
            case "geo.cityExists", "invalidInput" -> "city:name";
            case "geo.unknownCountry" -> "city:country";
            default -> null;
        };
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

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getSlug() {
        return slug;
    }

    public List<CountryView> getCountries() {
        return countries;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }
}
