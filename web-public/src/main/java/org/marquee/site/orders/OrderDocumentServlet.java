package org.marquee.site.orders;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marquee.core.invoice.InvoiceFile;
import org.marquee.core.invoice.Invoices;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Responses;

/**
 * An order's invoice or credit note for its buyer: {@code /order-document?order=&id=&format=pdf}
 * (or {@code html}) for the logged-in buyer's own order, with {@code &sig=} for whoever holds the
 * order's signed link. The PDF is downloaded, the HTML shown. Anything else is a 404 with the
 * refusal's text, the same whether the document exists or not (as {@link OrderCalendarServlet}).
 */
@WebServlet(OrderDocumentServlet.PATH)
public class OrderDocumentServlet extends HttpServlet {

    public static final String PATH = "/order-document";

    private static final long serialVersionUID = 1L;

    @EJB
    private Invoices invoices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long order;
        long id;
        try {
            order = Long.parseLong(String.valueOf(request.getParameter("order")).strip());
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            OrderCalendarServlet.refuse(response, "order.link.refused");
            return;
        }
        boolean pdf = !"html".equals(request.getParameter("format"));
        Invoices.Format format = pdf ? Invoices.Format.PDF : Invoices.Format.HTML;
        String signature = request.getParameter("sig");
        InvoiceFile file;
        try {
            file = signature == null
                    ? invoices.documentForAccount(id, format)
                    : invoices.documentForLink(order, signature, id, format);
        } catch (DomainException refused) {
            OrderCalendarServlet.refuse(response, refused.messageKey());
            return;
        }
        Responses.file(response, file.fileName(), file.contentType(), file.content(), pdf);
    }
}
