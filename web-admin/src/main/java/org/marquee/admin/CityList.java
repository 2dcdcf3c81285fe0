package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.geo.City;
import org.marquee.core.geo.Geography;
import org.marquee.web.PagedModel;

/** The cities table of the admin panel. */
@Named
@ViewScoped
public class CityList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Geography geography;

    private PagedModel<City> model;

    @PostConstruct
    void init() {
        Geography service = geography;
        model = new PagedModel<>(service::pageCities, City::id);
    }

    public PagedModel<City> getModel() {
        return model;
    }
}
