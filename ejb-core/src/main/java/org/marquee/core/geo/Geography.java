package org.marquee.core.geo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.Slugs;

/** Countries and cities: adding them and listing them. */
@Stateless
public class Geography {

    @PersistenceContext
    private EntityManager em;

    public Country addCountry(String code, String name) {
        Country country = new Country(code, name);
        if (em.find(Country.class, country.code()) != null) {
            throw new DomainException("geo.countryExists", country.code());
        }
        em.persist(country);
        return country;
    }

    public City addCity(String countryCode, String name, String timeZone) {
        Country country =
                findCountry(countryCode).orElseThrow(() -> new DomainException("geo.unknownCountry", countryCode));
        ZoneId zone = parseZone(timeZone);
        String slug = Slugs.of(name + "-" + country.code());
        if (findCityBySlug(slug).isPresent()) {
            throw new DomainException("geo.cityExists", name, country.name());
        }
        City city = new City(country, name, slug, zone);
        em.persist(city);
        return city;
    }

    public Optional<Country> findCountry(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(em.find(Country.class, code.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<City> findCity(long id) {
        return Optional.ofNullable(em.find(City.class, id));
    }

    public Optional<City> findCityBySlug(String slug) {
        return em.createQuery("select c from City c where c.slug = :slug", City.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public List<City> cities() {
        return em.createQuery("select c from City c join fetch c.country order by c.name", City.class)
                .getResultList();
    }

    public List<Country> countries() {
        return em.createQuery("select c from Country c order by c.name", Country.class)
                .getResultList();
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
