package org.marquee.core.invoice;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marquee.core.identity.Role;
import org.marquee.core.order.BuyerOrders;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.order.NotYourOrder;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderSale;
import org.marquee.core.platform.NotFound;

/**
 * An order's invoice and credit notes, listed and given out as HTML or PDF, to an authorised caller
 * only: an admin; the account the order belongs to (as {@link BuyerOrders} decides: bought
 * logged in, or as a guest with the account's verified email); whoever holds the order's signed
 * link (its emails); or the browser that bought it (its token). Any other caller gets a refusal,
 * whether the document exists or not.
 */
@Stateless
@PermitAll // WildFly refuses the methods of a secured bean that name no role
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Invoices {

    /** The two forms of a document. */
    public enum Format {
        HTML,
        PDF
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderSale sale;

    @EJB
    private BuyerOrders buyerOrders;

    @RolesAllowed(Role.Names.ADMIN)
    public List<InvoiceRow> forAdmin(long orderId) {
        return rows(orderId);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public InvoiceFile documentForAdmin(long invoiceId, Format format) {
        return file(find(invoiceId), format);
    }

    /** The documents of an order of the calling account's. */
    @PermitAll
    public List<InvoiceRow> forAccount(long orderId) {
        requireAccount(orderId);
        return rows(orderId);
    }

    @PermitAll
    public InvoiceFile documentForAccount(long invoiceId, Format format) {
        Invoice invoice = findOr(invoiceId, () -> NotYourOrder.toSee(0));
        requireAccount(invoice.orderId());
        return file(invoice, format);
    }

    /** The documents of an order, for the holder of its signed link; any other is refused as the link is. */
    @PermitAll
    public List<InvoiceRow> forLink(long orderId, String signature) {
        buyerOrders.viaLink(orderId, signature);
        return rows(orderId);
    }

    @PermitAll
    public InvoiceFile documentForLink(long orderId, String signature, long invoiceId, Format format) {
        buyerOrders.viaLink(orderId, signature);
        Invoice invoice = findOr(invoiceId, () -> NotYourOrder.toSee(orderId));
        if (invoice.orderId() != orderId) {
            throw NotYourOrder.toSee(orderId);
        }
        return file(invoice, format);
    }

    /** The documents of an order, for the holder of its token. */
    @PermitAll
    public List<InvoiceRow> forOrder(OrderAccess access) {
        requireToken(access);
        return rows(access.orderId());
    }

    @PermitAll
    public InvoiceFile documentForOrder(OrderAccess access, long invoiceId, Format format) {
        requireToken(access);
        Invoice invoice = findOr(invoiceId, () -> new NotYourOrder(access.orderId()));
        if (invoice.orderId() != access.orderId()) {
            throw new NotYourOrder(access.orderId());
        }
        return file(invoice, format);
    }

    private void requireToken(OrderAccess access) {
        EventSessionOrder order;
        try {
            order = sale.find(access.orderId());
        } catch (NotFound missing) {
            throw new NotYourOrder(access.orderId());
        }
        if (!order.belongsTo(access)) {
            throw new NotYourOrder(access.orderId());
        }
    }

    /** The caller's own order, by the same rule as their list of orders; otherwise {@link NotYourOrder}. */
    private void requireAccount(long orderId) {
        buyerOrders.mine(orderId);
    }

    private List<InvoiceRow> rows(long orderId) {
        List<Invoice> all = em.createQuery(
                        "select i from Invoice i where i.orderId = :order order by i.issuedAt, i.id", Invoice.class)
                .setParameter("order", orderId)
                .getResultList();
        Map<Long, String> numbers = all.stream().collect(Collectors.toMap(Invoice::id, Invoice::number));
        return all.stream()
                .map(i -> new InvoiceRow(
                        i.id(),
                        i.kind(),
                        i.number(),
                        i.issuedAt(),
                        i.total(),
                        i.refersTo() == null ? null : numbers.get(i.refersTo()),
                        i.fileName()))
                .toList();
    }

    private Invoice find(long invoiceId) {
        return findOr(invoiceId, () -> new NotFound("Invoice", invoiceId));
    }

    private Invoice findOr(long invoiceId, java.util.function.Supplier<RuntimeException> missing) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw missing.get();
        }
        return invoice;
    }

    static InvoiceFile file(Invoice invoice, Format format) {
        if (format == Format.PDF) {
            return new InvoiceFile(invoice.fileName(), "application/pdf", InvoicePdf.of(invoice));
        }
        String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
                + InvoiceTemplate.escape(invoice.number())
                + "</title><style>body{font-family:system-ui,sans-serif;max-width:800px;margin:24px auto;padding:0 16px;color:#1d1f24}"
                + "table{border-collapse:collapse}td{padding:4px 8px;vertical-align:top}"
                + "@media(max-width:600px){td{display:block;width:auto!important}}</style></head><body>"
                + invoice.facts()
                + "</body></html>";
        return new InvoiceFile(
                invoice.fileName().replace(".pdf", ".html"),
                "text/html; charset=utf-8",
                page.getBytes(StandardCharsets.UTF_8));
    }
}
