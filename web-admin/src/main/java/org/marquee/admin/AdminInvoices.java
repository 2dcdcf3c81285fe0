package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marquee.core.invoice.InvoiceRow;
import org.marquee.core.invoice.Invoices;

/** The invoice and credit notes of the order on the admin order page. */
@Named
@ViewScoped
public class AdminInvoices implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Invoices invoices;

    private List<InvoiceRow> rows = List.of();

    public void load(Long orderId) {
        rows = orderId == null ? List.of() : invoices.forAdmin(orderId);
    }

    public List<InvoiceRow> getRows() {
        return rows;
    }
}
