package org.marquee.systemtest;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.marquee.core.checkin.TicketCode;
import org.marquee.core.identity.Role;

/**
 * Tickets at the door of a hall of the test's own ({@link BurstArena}: a seated block, a standing
 * floor, two sessions of one event, 30 days ahead), written into PostgreSQL as the sale leaves
 * them: PAID orders and their VALID tickets, one REFUNDED ticket, and one ticket of the second
 * session. A venue OWNER and an artist OWNER (of an artist the event features) log in with
 * {@link #PASSWORD}. The event's Ed25519 key pair is the test's: the public key is stored where
 * the server reads it, so the codes the test signs verify at the door exactly like printed ones.
 * (Issuing tickets through a real sale is TicketsIT's subject; the door reads only these rows.)
 */
record DoorFixture(
        long venueId,
        long eventId,
        long sessionId,
        long otherSessionId,
        long artistId,
        String venueOwner,
        String artistOwner,
        List<Ticket> tickets,
        Ticket refunded,
        Ticket otherSession) {

    static final String PASSWORD = "door-password-1";
    private static final String PNR_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One ticket as the buyer holds it: its code (the QR), its booking code and what the door shows. */
    record Ticket(long id, long orderId, String pnr, String place, String holder, String code) {}

    /** {@code standing} standing tickets in one order of Ana Silva's, and one seat (row R1, seat 5) booked alone by Ben Okafor. */
    static DoorFixture create(int standing) throws Exception {
        BurstArena hall = BurstArena.create(2, 10, 50, 2);
        long session = hall.sessionIds().get(0);
        long other = hall.sessionIds().get(1);
        String tag = Long.toString(System.nanoTime(), 36);
        try (Connection db = TestDatabase.connect()) {
            long venue = one(db, "select venue_id from event_session where id = ?", session);
            long event = one(db, "select event_id from event_session where id = ?", session);
            long artist = one(
                    db,
                    "insert into artist (id, name, slug, created_at) values (nextval('artist_seq'), ?, ?, now()) returning id",
                    "Door band " + tag,
                    "door-band-" + tag);
            update(db, "insert into event_artist (event_id, artist_id, billing_order) values (?, ?, 0)", event, artist);
            String venueOwner = "door-venue-" + tag + "@marquee.test";
            String artistOwner = "door-artist-" + tag + "@marquee.test";
            TestAccounts.insertMember(
                    TestAccounts.insertUser(venueOwner, PASSWORD, Role.VENUE),
                    "venue_person",
                    "venue_id",
                    venue,
                    "OWNER");
            TestAccounts.insertMember(
                    TestAccounts.insertUser(artistOwner, PASSWORD, Role.ARTIST),
                    "artist_person",
                    "artist_id",
                    artist,
                    "OWNER");

            KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] noPrivateKey = new byte[60];
            new SecureRandom().nextBytes(noPrivateKey);
            update(
                    db,
                    "insert into event_ticket_key (event_id, public_key, private_key, created_at) values (?, ?, ?, now())",
                    event,
                    key.getPublic().getEncoded(),
                    noPrivateKey);

            List<Ticket> tickets = new ArrayList<>();
            long ana = order(db, session, "Ana Silva", standing);
            for (int place = 1; place <= standing; place++) {
                tickets.add(ticket(
                        db,
                        key,
                        ana,
                        session,
                        event,
                        hall.standingSectionId(),
                        "Floor",
                        null,
                        place,
                        "Ana Silva",
                        "VALID"));
            }
            long ben = order(db, session, "Ben Okafor", 1);
            tickets.add(ticket(
                    db,
                    key,
                    ben,
                    session,
                    event,
                    hall.seatedSectionId(),
                    "Stalls",
                    hall.seatIds().get(4),
                    null,
                    "Ben Okafor",
                    "VALID"));
            long carla = order(db, session, "Carla Mendes", 1);
            Ticket refunded = ticket(
                    db,
                    key,
                    carla,
                    session,
                    event,
                    hall.standingSectionId(),
                    "Floor",
                    null,
                    40,
                    "Carla Mendes",
                    "REFUNDED");
            long dan = order(db, other, "Dan Weiss", 1);
            Ticket elsewhere = ticket(
                    db, key, dan, other, event, hall.standingSectionId(), "Floor", null, 1, "Dan Weiss", "VALID");
            return new DoorFixture(
                    venue,
                    event,
                    session,
                    other,
                    artist,
                    venueOwner,
                    artistOwner,
                    List.copyOf(tickets),
                    refunded,
                    elsewhere);
        }
    }

    private static long order(Connection db, long session, String buyer, int tickets) throws SQLException {
        StringBuilder pnr = new StringBuilder("D");
        for (int i = 0; i < 6; i++) {
            pnr.append(PNR_LETTERS.charAt(RANDOM.nextInt(PNR_LETTERS.length())));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return one(
                db,
                "insert into event_session_order (id, pnr, session_id, token_hash, status, tickets, max_tickets,"
                        + " created_at, expire_if_not_completed_at, closed_at, checkout_step, requested_tickets,"
                        + " buyer_name, buyer_email, address_line, postal_code, address_city, address_country,"
                        + " payment_method, currency, subtotal_minor, discount_minor, fee_minor, total_minor,"
                        + " paid_at, language) values (nextval('event_session_order_seq'), ?, ?, repeat('0', 64),"
                        + " 'PAID', ?, 10, ?, ?, ?, 'PAYMENT', ?, ?, ?, '1 Door Street', '10115',"
                        + " 'Berlin', 'Germany', 'CARD', 'EUR', 4500, 0, 0, 4500, ?, 'en') returning id",
                pnr.toString(),
                session,
                tickets,
                now,
                now.plusMinutes(15),
                now,
                tickets,
                buyer,
                buyer.toLowerCase().replace(' ', '.') + "@example.com",
                now);
    }

    private static Ticket ticket(
            Connection db,
            KeyPair key,
            long order,
            long session,
            long event,
            long section,
            String sectionName,
            Long seat,
            Integer place,
            String holder,
            String status)
            throws SQLException {
        String row = seat == null ? null : "R1";
        Integer number = seat == null ? null : 5;
        long id = one(
                db,
                "insert into ticket (id, order_id, session_id, event_id, section_id, section_name, seat_id, row_label,"
                        + " seat_number, place_no, holder_name, status, issued_at, voided_at) values (nextval('ticket_seq'),"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), " + ("VALID".equals(status) ? "null" : "now()")
                        + ") returning id",
                order,
                session,
                event,
                section,
                sectionName,
                seat,
                row,
                number,
                place,
                holder,
                status);
        String pnr;
        try (PreparedStatement query = db.prepareStatement("select pnr from event_session_order where id = ?")) {
            query.setLong(1, order);
            try (ResultSet found = query.executeQuery()) {
                found.next();
                pnr = found.getString(1);
            }
        }
        String shown = seat == null
                ? sectionName + ", standing, place " + place
                : sectionName + ", row " + row + ", seat " + number;
        return new Ticket(id, order, pnr, shown, holder, TicketCode.sign(id, session, key.getPrivate()));
    }

    private static long one(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = statement(db, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = statement(db, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement statement(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                statement.setNull(i + 1, java.sql.Types.NULL);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
        return statement;
    }
}
