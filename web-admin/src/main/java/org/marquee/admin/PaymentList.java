package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.reporting.AdminPaymentRow;
import org.marquee.core.reporting.PaymentOverview;
import org.marquee.web.PagedModel;

/** The payments that needed reconciling or a refund, newest first, each linking to its order. */
@Named
@ViewScoped
public class PaymentList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PaymentOverview overview;

    private PagedModel<AdminPaymentRow> model;

    @PostConstruct
    void init() {
        PaymentOverview service = overview;
        model = new PagedModel<>(service::needingAttention, AdminPaymentRow::id);
    }

    public PagedModel<AdminPaymentRow> getModel() {
        return model;
    }
}
