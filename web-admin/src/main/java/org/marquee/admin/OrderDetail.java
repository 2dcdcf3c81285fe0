package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.platform.NotFound;
import org.marquee.core.reporting.AdminOrderView;
import org.marquee.core.reporting.OrderOverview;
import org.marquee.web.Responses;

/** One order's page, read only: the order, its payments, webhook events, emails and history. */
@Named
@ViewScoped
public class OrderDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrderOverview overview;

    private Long id;
    private AdminOrderView view;

    public void load() {
        if (id == null) {
            Responses.notFound();
            return;
        }
        try {
            view = overview.details(id);
        } catch (NotFound missing) {
            Responses.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AdminOrderView getView() {
        return view;
    }
}
