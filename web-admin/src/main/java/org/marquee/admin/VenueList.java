package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.venue.VenueRow;
import org.marquee.core.venue.Venues;
import org.marquee.web.PagedModel;

/** The venues table of the admin panel. */
@Named
@ViewScoped
public class VenueList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Venues venues;

    private PagedModel<VenueRow> model;

    @PostConstruct
    void init() {
        Venues service = venues;
        model = new PagedModel<>(service::page, VenueRow::id);
    }

    public PagedModel<VenueRow> getModel() {
        return model;
    }
}
