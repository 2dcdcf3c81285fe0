package org.marquee.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.marketing.BlogPosts;
import org.marquee.core.marketing.PostRow;
import org.marquee.web.PagedModel;

/** The posts table of the marketing panel. */
@Named
@ViewScoped
public class PostList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BlogPosts posts;

    private PagedModel<PostRow> model;

    @PostConstruct
    void init() {
        BlogPosts service = posts;
        model = new PagedModel<>(service::rows, PostRow::id);
    }

    public PagedModel<PostRow> getModel() {
        return model;
    }
}
