package org.marquee.core.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.core.inventory.SoldTickets;

class TicketKeyTest {

    @Test
    void seatsAndPlacesGoThereAndBack() {
        SoldTickets tickets = new SoldTickets(List.of(12L, 13L), List.of(new SoldTickets.Place(7, 3)));
        List<String> keys = TicketKey.keys(tickets);
        assertEquals(List.of("s12", "s13", "p7-3"), keys);
        assertEquals(tickets, TicketKey.parse(keys));
        assertEquals(tickets, TicketKey.split("s12,s13", "p7-3"));
    }

    @Test
    void anythingElseIsRefusedWithItsName() {
        for (String bad : List.of("x1", "s", "p7", "p-3", "s1e3", "pa-b")) {
            RefundRefused refused = assertThrows(RefundRefused.class, () -> TicketKey.parse(List.of(bad)), bad);
            assertEquals("refund.notATicket", refused.messageKey());
        }
    }
}
