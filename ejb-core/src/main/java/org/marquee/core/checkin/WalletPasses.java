package org.marquee.core.checkin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.platform.NotFound;

/**
 * A ticket's Apple Wallet pass for its buyer, when a pass certificate is configured ({@link
 * PassSigner}); without one the pages offer none and asking gives NotFound.
 */
@Stateless
public class WalletPasses {

    private static final Optional<PassSigner> SIGNER = PassSigner.from(System::getenv);

    @EJB
    private TicketDocuments documents;

    /** Whether passes can be made here. */
    public boolean available() {
        return SIGNER.isPresent();
    }

    public TicketFile pass(OrderAccess access, long ticketId) {
        return pass(documents.printed(access), ticketId);
    }

    public TicketFile passForAccount(long orderId, long ticketId) {
        return pass(documents.printedForAccount(orderId), ticketId);
    }

    private static TicketFile pass(List<PrintedTicket> tickets, long ticketId) {
        PassSigner signer = SIGNER.orElseThrow(() -> new NotFound("Wallet pass", ticketId));
        PrintedTicket ticket = tickets.stream()
                .filter(t -> t.ticketId() == ticketId)
                .findFirst()
                .orElseThrow(() -> new NotFound("Ticket", ticketId));
        return new TicketFile(
                "ticket-" + ticketId + ".pkpass", WalletPass.CONTENT_TYPE, WalletPass.build(ticket, signer));
    }
}
