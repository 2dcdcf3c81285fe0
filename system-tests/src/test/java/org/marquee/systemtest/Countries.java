package org.marquee.systemtest;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Locale;
import org.marquee.core.geo.Country;
import org.marquee.core.geo.Geography;

/**
 * The countries the fixtures place their cities in. Without the demo catalog the database has
 * none, and a city needs one: a fixture asks for its country before it adds a city. A country is
 * reference data that no test changes, so every class may share it; it gets the English name and
 * the usual currency of its code (Germany: EUR), as the demo has them.
 */
final class Countries {

    private Countries() {}

    /** Inside the server: adds the country through {@link Geography} unless it is there. */
    static void ensure(String code) {
        Callers.asAdmin(() -> {
            Geography geography = CDI.current().select(Geography.class).get();
            if (geography.findCountry(code).isEmpty()) {
                geography.addCountry(
                        code, name(code), Country.usualCurrency(code).orElse(null));
            }
            return null;
        });
    }

    /** From outside the server: writes the country into the test database unless it is there. */
    static void ensureInDatabase(String code) throws java.sql.SQLException {
        TestDatabase.update(
                "insert into country (code, name, currency) values (?, ?, ?) on conflict (code) do nothing",
                code,
                name(code),
                Country.usualCurrency(code).orElse(null));
    }

    /** The name the menus show, such as "Germany" for DE. */
    static String name(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
