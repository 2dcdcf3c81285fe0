package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marquee.core.invoice.InvoiceFile;
import org.marquee.core.invoice.Invoices;
import org.marquee.core.platform.NotFound;
import org.marquee.web.Responses;

/** An invoice or credit note as HTML (shown) or PDF (downloaded): {@code /admin/invoice?id=<id>&format=pdf}. */
@WebServlet("/invoice")
public class InvoiceDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Invoices invoices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean pdf = "pdf".equals(request.getParameter("format"));
        InvoiceFile file;
        try {
            file = invoices.documentForAdmin(id, pdf ? Invoices.Format.PDF : Invoices.Format.HTML);
        } catch (NotFound missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Responses.file(response, file.fileName(), file.contentType(), file.content(), pdf);
    }
}
