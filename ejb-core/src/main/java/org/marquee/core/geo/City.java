package org.marquee.core.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Objects;
import org.marquee.core.platform.Slugs;

/** A city in a country. Its time zone is the one a venue's sessions are shown in. */
@Entity
@Table(name = "city")
public class City {

    @Id
    @SequenceGenerator(name = "city_seq", sequenceName = "city_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "city_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "country_code", nullable = false)
    private Country country;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Convert(converter = ZoneIdConverter.class)
    @Column(name = "time_zone", nullable = false, length = 64)
    private ZoneId timeZone;

    @Version
    private long version;

    protected City() {}

    public City(Country country, String name, String slug, ZoneId timeZone) {
        this.country = Objects.requireNonNull(country);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A city needs a name");
        }
        this.name = name.strip();
        this.slug = Slugs.require(slug);
        this.timeZone = Objects.requireNonNull(timeZone, "A city needs a time zone");
    }

    /** Renames the city or moves it to another zone; its slug, and so its links, stay. */
    public void describe(String newName, ZoneId newZone) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A city needs a name");
        }
        this.name = newName.strip();
        this.timeZone = Objects.requireNonNull(newZone, "A city needs a time zone");
    }

    public Long id() {
        return id;
    }

    public Country country() {
        return country;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public ZoneId timeZone() {
        return timeZone;
    }
}
