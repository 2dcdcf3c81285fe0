package org.marquee.core.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Set;

/** A country, keyed by its ISO 3166-1 alpha-2 code. */
@Entity
@Table(name = "country")
public class Country {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    protected Country() {}

    public Country(String code, String name) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!ISO_CODES.contains(upper)) {
            throw new IllegalArgumentException("Not an ISO 3166 country code: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A country needs a name");
        }
        this.code = upper;
        this.name = name.strip();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A country needs a name");
        }
        this.name = newName.strip();
    }
}
