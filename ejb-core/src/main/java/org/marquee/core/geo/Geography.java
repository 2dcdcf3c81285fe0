package org.marquee.core.geo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InUse;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;
import org.marquee.core.platform.Slugs;

/** Countries and cities: adding, renaming, deleting unused ones, listing them. */
@Stateless
@PermitAll // reads are public; each change names its role below
public class Geography {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @RolesAllowed("ADMIN")
    public CountryView addCountry(String code, String name) {
        return addCountry(code, name, null);
    }

    /** A country whose venues sell in {@code currency} (ISO 4217; null or blank: the platform's default). */
    public CountryView addCountry(String code, String name, String currency) {
        Country country = InvalidInput.check(() -> new Country(code, name, currency));
        if (em.find(Country.class, country.code()) != null) {
            throw new DomainException("geo.countryExists", country.code());
        }
        em.persist(country);
        audit.record(AuditAction.CREATE, "Country", country.code(), describe(country));
        return CountryView.of(country);
    }

    @RolesAllowed("ADMIN")
    public void renameCountry(String code, String name) {
        Country country = findCountry(code).orElseThrow(() -> new NotFound("Country", code));
        InvalidInput.check(() -> country.rename(name));
        audit.record(AuditAction.UPDATE, "Country", country.code(), country.name());
    }

    /**
     * A new name and currency. The currency applies to venues laid out from now on: a venue that
     * has sections keeps the currency its prices are in (see {@code Venue.currency}).
     */
    public void describeCountry(String code, String name, String currency) {
        Country country = findCountry(code).orElseThrow(() -> new NotFound("Country", code));
        // Both checked before either changes: a refusal changes nothing.
        InvalidInput.check(() -> new Country(country.code(), name, currency));
        country.rename(name);
        country.changeCurrency(currency);
        audit.record(AuditAction.UPDATE, "Country", country.code(), describe(country));
    }

    private static String describe(Country country) {
        return country.name() + ", currency " + country.currency().orElse("default");
    }

    /** Deletes a country without cities. */
    @RolesAllowed("ADMIN")
    public void deleteCountry(String code) {
        Country country = findCountry(code).orElseThrow(() -> new NotFound("Country", code));
        long cities = em.createQuery("select count(c) from City c where c.country = :country", Long.class)
                .setParameter("country", country)
                .getSingleResult();
        if (cities > 0) {
            throw new InUse(country.name(), cities + " cities");
        }
        em.remove(country);
        audit.record(AuditAction.DELETE, "Country", country.code(), country.name());
    }

    @RolesAllowed("ADMIN")
    public CityView addCity(String countryCode, String name, String timeZone) {
        Country country =
                findCountry(countryCode).orElseThrow(() -> new DomainException("geo.unknownCountry", countryCode));
        ZoneId zone = parseZone(timeZone);
        String slug = Slugs.of(name + "-" + country.code());
        if (findCityBySlug(slug).isPresent()) {
            throw new DomainException("geo.cityExists", name, country.name());
        }
        City city = InvalidInput.check(() -> new City(country, name, slug, zone));
        em.persist(city);
        em.flush();
        audit.record(AuditAction.CREATE, "City", city.id(), city.name() + ", " + country.name());
        return CityView.of(city);
    }

    /** Renames a city or corrects its time zone; sessions there are shown in the new zone. */
    @RolesAllowed("ADMIN")
    public void describeCity(long id, String name, String timeZone) {
        City city = findCity(id).orElseThrow(() -> new NotFound("City", id));
        ZoneId zone = parseZone(timeZone);
        InvalidInput.check(() -> city.describe(name, zone));
        audit.record(AuditAction.UPDATE, "City", id, city.name() + ", " + zone.getId());
    }

    /**
     * Deletes a city no venue is in. Venues belong to another area, so the database's foreign
     * key decides what "in use" means rather than a query on their table.
     */
    @RolesAllowed("ADMIN")
    public void deleteCity(long id) {
        City city = findCity(id).orElseThrow(() -> new NotFound("City", id));
        try {
            em.remove(city);
            em.flush();
        } catch (PersistenceException e) {
            throw new InUse(city.name(), "venues");
        }
        audit.record(AuditAction.DELETE, "City", id, city.name());
    }

    /** A page of cities for the admin panel: filter and sort by name, country or time zone. */
    public Page<CityView> pageCities(PageRequest request) {
        return Paging.page(em, City.class, request, Set.of("name", "country.name"), Set.of("timeZone", "slug"), "name")
                .map(CityView::of);
    }

    public Page<CountryView> pageCountries(PageRequest request) {
        return Paging.page(em, Country.class, request, Set.of("code", "name"), Set.of(), "name")
                .map(CountryView::of);
    }

    /** Every time zone a city may have, for pickers. */
    public List<String> timeZones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
                .sorted()
                .toList();
    }

    public Optional<Country> findCountry(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(em.find(Country.class, code.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<City> findCity(long id) {
        return Optional.ofNullable(em.find(City.class, id));
    }

    /** The city as the admin form edits it. */
    public Optional<CityView> city(long id) {
        return findCity(id).map(CityView::of);
    }

    public Optional<CityView> findCityBySlug(String slug) {
        return em.createQuery("select c from City c join fetch c.country where c.slug = :slug", City.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(CityView::of);
    }

    public List<CityView> cities() {
        return em.createQuery("select c from City c join fetch c.country order by c.name", City.class)
                .getResultStream()
                .map(CityView::of)
                .toList();
    }

    public List<CountryView> countries() {
        return em.createQuery("select c from Country c order by c.name", Country.class)
                .getResultStream()
                .map(CountryView::of)
                .toList();
    }

    public long countCities() {
        return em.createQuery("select count(c) from City c", Long.class).getSingleResult();
    }

    private static ZoneId parseZone(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        } catch (DateTimeException e) {
            throw new DomainException("geo.unknownTimeZone", id);
        }
    }
}
