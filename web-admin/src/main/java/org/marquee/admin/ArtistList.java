package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.catalog.ArtistRow;
import org.marquee.core.catalog.Artists;
import org.marquee.web.PagedModel;

/** The artists table of the admin panel. */
@Named
@ViewScoped
public class ArtistList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Artists artists;

    private PagedModel<ArtistRow> model;

    @PostConstruct
    void init() {
        Artists service = artists;
        model = new PagedModel<>(service::page, ArtistRow::id);
    }

    public PagedModel<ArtistRow> getModel() {
        return model;
    }
}
