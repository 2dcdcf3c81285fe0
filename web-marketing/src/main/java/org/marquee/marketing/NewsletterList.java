package org.marquee.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.marketing.NewsletterRow;
import org.marquee.core.marketing.Newsletters;
import org.marquee.web.PagedModel;

/** The newsletters table of the marketing panel. */
@Named
@ViewScoped
public class NewsletterList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Newsletters newsletters;

    private PagedModel<NewsletterRow> model;

    @PostConstruct
    void init() {
        Newsletters service = newsletters;
        model = new PagedModel<>(service::rows, NewsletterRow::id);
    }

    public PagedModel<NewsletterRow> getModel() {
        return model;
    }
}
