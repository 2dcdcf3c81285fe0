package org.marquee.core.reporting;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.EnumMap;
import java.util.Map;
import org.marquee.core.geo.Geography;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.platform.Health;
import org.marquee.core.platform.HealthCheck;

/** The figures on the admin dashboard, gathered in one call. */
@Stateless
public class PlatformOverview {

    @EJB
    private UserAccounts accounts;

    @EJB
    private Geography geography;

    @EJB
    private HealthCheck healthCheck;

    public Overview overview() {
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, accounts.countWithRole(role));
        }
        return new Overview(
                accounts.count(), byRole, geography.countries().size(), geography.countCities(), healthCheck.check());
    }

    public record Overview(long users, Map<Role, Long> usersByRole, long countries, long cities, Health health) {

        public long getUsers() {
            return users;
        }

        public long getCountries() {
            return countries;
        }

        public long getCities() {
            return cities;
        }

        public Health getHealth() {
            return health;
        }
    }
}
