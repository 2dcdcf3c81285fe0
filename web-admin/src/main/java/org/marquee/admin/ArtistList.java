package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.catalog.Artist;
import org.marquee.core.catalog.Artists;
import org.marquee.web.PagedModel;

/** The artists table of the admin panel. */
@Named
@ViewScoped
public class ArtistList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Artists artists;

    private PagedModel<Artist> model;

    @PostConstruct
    void init() {
        Artists service = artists;
        model = new PagedModel<>(service::page, Artist::id);
    }

    public PagedModel<Artist> getModel() {
        return model;
    }
}
