package org.marquee.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.marquee.core.geo.City;
import org.marquee.core.geo.Geography;

/** The public start page. */
@Named
@RequestScoped
public class PublicHome {

    @EJB
    private Geography geography;

    private List<City> cities;

    @PostConstruct
    void load() {
        cities = geography.cities();
    }

    public List<City> getCities() {
        return cities;
    }
}
