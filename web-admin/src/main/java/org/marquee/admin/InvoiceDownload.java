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
        response.setContentType(file.contentType());
        response.setHeader(
                "Content-Disposition", (pdf ? "attachment" : "inline") + "; filename=\"" + file.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
