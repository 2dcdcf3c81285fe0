package org.marquee.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.CategoryView;
import org.marquee.core.catalog.Discovery;
import org.marquee.core.catalog.SessionCard;
import org.marquee.core.geo.CityView;
import org.marquee.core.geo.Geography;

/** The public start page: featured and upcoming sessions, and ways to browse. */
@Named
@RequestScoped
public class PublicHome {

    private static final int FEATURED = 6;
    private static final int UPCOMING = 12;

    @EJB
    private Discovery discovery;

    @EJB
    private Categories categories;

    @EJB
    private Geography geography;

    private List<SessionCard> featured;
    private List<SessionCard> upcoming;
    private List<CategoryView> categoryList;
    private List<CityView> cities;

    @PostConstruct
    void load() {
        featured = discovery.featured(FEATURED);
        upcoming = discovery.next(UPCOMING);
        categoryList = categories.all();
        cities = geography.cities();
    }

    public List<SessionCard> getFeatured() {
        return featured;
    }

    public List<SessionCard> getUpcoming() {
        return upcoming;
    }

    public List<CategoryView> getCategories() {
        return categoryList;
    }

    public List<CityView> getCities() {
        return cities;
    }
}
