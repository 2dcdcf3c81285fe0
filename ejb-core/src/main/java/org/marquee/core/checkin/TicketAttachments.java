package org.marquee.core.checkin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.marquee.core.notify.AttachmentSource;
import org.marquee.core.notify.MailAttachment;

/** The ticket PDF on the "order placed" email (kind {@value #KIND}, reference the order id). */
@ApplicationScoped
public class TicketAttachments implements AttachmentSource {

    public static final String KIND = "tickets";

    @EJB
    private TicketDocuments documents;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<MailAttachment> render(String reference) {
        TicketFile pdf = documents.pdfForMail(Long.parseLong(reference));
        return List.of(new MailAttachment(pdf.fileName(), pdf.contentType(), pdf.content()));
    }
}
