package org.marquee.core.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.marquee.core.notify.AttachmentSource;
import org.marquee.core.notify.MailAttachment;

/**
 * The invoices' files for the outbox (kind {@value Invoicing#ATTACHMENT_KIND}): the PDF of the
 * invoice or credit note whose id the message names, made when the email is sent.
 */
@ApplicationScoped
public class InvoiceAttachments implements AttachmentSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String kind() {
        return Invoicing.ATTACHMENT_KIND;
    }

    @Override
    public List<MailAttachment> render(String reference) {
        Invoice invoice = em.find(Invoice.class, Long.parseLong(reference));
        if (invoice == null) {
            throw new IllegalStateException("No invoice " + reference);
        }
        InvoiceFile pdf = Invoices.file(invoice, Invoices.Format.PDF);
        return List.of(new MailAttachment(pdf.fileName(), pdf.contentType(), pdf.content()));
    }
}
