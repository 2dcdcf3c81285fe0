package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.marquee.core.reporting.AdminOrderRow;
import org.marquee.core.reporting.OrderFilter;
import org.marquee.core.reporting.OrderOverview;
import org.marquee.web.PagedModel;

/**
 * The orders table: filter by PNR, buyer, event, session day and status in the columns, and by
 * a range of creation days above the table.
 */
@Named
@ViewScoped
public class OrderList implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The status filter's choices, in the order an order lives through them, then every order;
     * without a choice, expired holds that hold nothing are left out.
     */
    private static final List<String> STATES =
            List.of("PENDING", OrderFilter.EXPIRED, "PAID", "CANCELLED", "REFUNDED", OrderFilter.ALL);

    @EJB
    private OrderOverview overview;

    private PagedModel<AdminOrderRow> model;
    private LocalDate createdFrom;
    private LocalDate createdTo;

    @PostConstruct
    void init() {
        OrderOverview service = overview;
        model = new PagedModel<>(
                request -> service.page(request, OrderFilter.of(request.filters(), createdFrom, createdTo)),
                AdminOrderRow::id);
    }

    public PagedModel<AdminOrderRow> getModel() {
        return model;
    }

    public List<String> getStates() {
        return STATES;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }
}
