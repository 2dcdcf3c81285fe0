package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.geo.CityView;
import org.marquee.core.geo.Geography;
import org.marquee.web.PagedModel;

/** The cities table of the admin panel. */
@Named
@ViewScoped
public class CityList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Geography geography;

    private PagedModel<CityView> model;

    @PostConstruct
    void init() {
        Geography service = geography;
        model = new PagedModel<>(service::pageCities, CityView::id);
    }

    public PagedModel<CityView> getModel() {
        return model;
    }
}
