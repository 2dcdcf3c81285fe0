package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.marquee.core.invoice.InvoiceFile;
import org.marquee.core.invoice.InvoiceKind;
import org.marquee.core.invoice.InvoiceRow;
import org.marquee.core.invoice.InvoiceSettings;
import org.marquee.core.invoice.Invoices;
import org.marquee.core.order.NotYourOrder;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.payment.RefundView;
import org.marquee.core.payment.Refunds;

/**
 * Invoices inside the server on PostgreSQL: 200 purchases on real threads get 200 invoice numbers
 * of the year with no gap and no duplicate; an invoice's PDF says what it must (text extracted
 * with OpenPDF); a refund's credit note points to it; the "order placed" and "order refunded"
 * emails carry them as PDF (read from GreenMail); another order's token gets nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class InvoicesIT {

    private static final String ADMIN = "invoice-admin@marquee.test";
    private static final int BUYERS = 200;

    @EJB
    private Invoices invoices;

    @EJB
    private InvoiceSettings settings;

    @EJB
    private Refunds refunds;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.marqueeWithPaymentFakes(
                InvoicesIT.class, CheckoutProgramme.class, SalesDesk.class, SalesDesk.Sold.class, Pdfs.class);
        Deployments.addMailServer(ear);
        return ear;
    }

    @AfterAll
    static void stopTheFakes() {
        ProviderFakes.stop();
    }

    @Test
    void twoHundredConcurrentPurchasesGetNumbersWithoutGapOrDuplicate() throws Exception {
        CheckoutProgramme hall = CheckoutProgramme.create(db, 20, 10, 1);
        SalesDesk desk = new SalesDesk(hall, ProviderFakes.stripe(), db);
        // The 200 "order placed" emails go out meanwhile (with their invoices), not into retries.
        MailServer mail = MailServer.start();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SalesDesk.Sold>> sales = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            sales.add(pool.submit((Callable<SalesDesk.Sold>) () -> {
                go.await();
                return desk.paid(1, "en");
            }));
        }
        go.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
        for (Future<SalesDesk.Sold> sale : sales) {
            sale.get();
        }
        mail.close();
        int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
        assertEquals(
                BUYERS,
                desk.number(
                        "select count(*) from invoice i join event_session_order o on o.id = i.invoice_of"
                                + " where o.session_id = ?",
                        hall.sessionId()),
                "one invoice per paid order");
        long issued = desk.number("select count(*) from invoice where issuer = 'MARQUEE' and issue_year = ?", year);
        assertEquals(
                issued,
                desk.number(
                        "select count(distinct seq_no) from invoice where issuer = 'MARQUEE' and issue_year = ?", year),
                "no duplicate");
        assertEquals(
                issued,
                desk.number("select max(seq_no) from invoice where issuer = 'MARQUEE' and issue_year = ?", year),
                "no gap");
        assertEquals(
                1, desk.number("select min(seq_no) from invoice where issuer = 'MARQUEE' and issue_year = ?", year));
        assertEquals(
                issued,
                desk.number(
                        "select last_number from invoice_counter where issuer = 'MARQUEE' and issue_year = ?", year));
    }

    @Test
    void theInvoiceAndTheCreditNoteSayWhatTheyMustAndTravelWithTheEmails() throws Exception {
        Callers.as(ADMIN, Role.ADMIN, () -> settings.setRate("DE", new BigDecimal("19")));
        CheckoutProgramme hall = CheckoutProgramme.create(db, 2, 10, 1);
        SalesDesk desk = new SalesDesk(hall, ProviderFakes.stripe(), db);
        try (MailServer mail = MailServer.start()) {
            SalesDesk.Sold sold = desk.paid(2, "en");
            List<InvoiceRow> rows = invoices.forOrder(sold.access());
            assertEquals(1, rows.size());
            InvoiceRow invoice = rows.get(0);
            assertEquals(InvoiceKind.INVOICE, invoice.kind());
            assertTrue(invoice.number().matches("\\d{4}-\\d{6}"), invoice.number());
            String text = pdfText(invoices.documentForOrder(sold.access(), invoice.id(), Invoices.Format.PDF));
            for (String expected : List.of(
                    "Invoice " + invoice.number(),
                    "Ana Silva",
                    "Rua Augusta 1",
                    "Stalls",
                    "€80.00",
                    "VAT 19 %",
                    "€12.77",
                    "Net",
                    "€67.23",
                    sold.access().orderId() > 0 ? "Booking code" : "")) {
                assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
            }
            String html = new String(
                    invoices.documentForOrder(sold.access(), invoice.id(), Invoices.Format.HTML)
                            .content(),
                    StandardCharsets.UTF_8);
            assertTrue(html.contains(invoice.number()) && html.contains("Ana Silva"));

            var placed = mail.await(sold.email(), 1, Duration.ofSeconds(120)).get(0);
            assertTrue(
                    MailServer.attachmentNames(placed).contains(invoice.fileName()),
                    "the invoice travels with 'order placed'");

            RefundView view = Callers.as(ADMIN, Role.ADMIN, () -> refunds.adminView(sold.orderId()));
            Callers.as(
                    ADMIN,
                    Role.ADMIN,
                    () -> refunds.refundAsAdmin(
                            sold.orderId(), Set.of(view.tickets().get(0).key()), null));
            List<InvoiceRow> after = Callers.as(ADMIN, Role.ADMIN, () -> invoices.forAdmin(sold.orderId()));
            assertEquals(2, after.size());
            InvoiceRow note = after.get(1);
            assertEquals(InvoiceKind.CREDIT_NOTE, note.kind());
            assertEquals(invoice.number(), note.refersTo());
            assertEquals(-4000, note.total().minor());
            String noteText = pdfText(
                    Callers.as(ADMIN, Role.ADMIN, () -> invoices.documentForAdmin(note.id(), Invoices.Format.PDF)));
            assertTrue(noteText.contains("Credit note " + note.number()), noteText);
            assertTrue(noteText.contains("For invoice " + invoice.number()), noteText);
            var refunded = mail.await(sold.email(), 2, Duration.ofSeconds(120)).stream()
                    .filter(m -> {
                        try {
                            return m.getSubject().startsWith("Refund of");
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    MailServer.attachmentNames(refunded).contains(note.fileName()),
                    "the credit note travels with 'order refunded'");

            OrderAccess other = desk.paid(1, "en").access();
            assertThrows(NotYourOrder.class, () -> invoices.documentForOrder(other, invoice.id(), Invoices.Format.PDF));
        }
    }

    private static String pdfText(InvoiceFile file) throws Exception {
        assertEquals("application/pdf", file.contentType());
        return Pdfs.text(file.content());
    }
}
