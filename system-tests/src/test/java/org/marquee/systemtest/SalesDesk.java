package org.marquee.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.order.Orders;
import org.marquee.core.order.PaymentMethod;
import org.marquee.core.order.SeatClaims;
import org.marquee.core.order.StartedOrder;
import org.marquee.core.payment.Confirmation;
import org.marquee.core.payment.PaymentCheckout;
import org.marquee.core.payment.StartedPayment;

/**
 * Sells seats of a {@link CheckoutProgramme} hall the way a guest buys them: order, address,
 * seats, card (Stripe's fake takes the money) or PayPal (its fake approves), the buyer comes back. For the tests of what happens
 * after the sale (refunds, cancellations, invoices).
 */
final class SalesDesk {

    private final CheckoutProgramme hall;
    private final Orders orders;
    private final OrderCheckout checkout;
    private final SeatClaims seats;
    private final PaymentCheckout payments;
    private final StripeFake stripe;
    private final DataSource db;
    private final AtomicInteger nextSeat = new AtomicInteger();

    /** A paid order and its PaymentIntent. */
    record Sold(OrderAccess access, String paymentRef, String email) {
        long orderId() {
            return access.orderId();
        }
    }

    /** A desk selling the hall through the order and payment services of the server the test runs in. */
    SalesDesk(CheckoutProgramme hall, StripeFake stripe, DataSource db) {
        this(
                hall,
                service(Orders.class),
                service(OrderCheckout.class),
                service(SeatClaims.class),
                service(PaymentCheckout.class),
                stripe,
                db);
    }

    private static <T> T service(Class<T> type) {
        return jakarta.enterprise.inject.spi.CDI.current().select(type).get();
    }

    SalesDesk(
            CheckoutProgramme hall,
            Orders orders,
            OrderCheckout checkout,
            SeatClaims seats,
            PaymentCheckout payments,
            StripeFake stripe,
            DataSource db) {
        this.hall = hall;
        this.orders = orders;
        this.checkout = checkout;
        this.seats = seats;
        this.payments = payments;
        this.stripe = stripe;
        this.db = db;
    }

    /** An order of {@code count} seats of the hall, at the payment step, card chosen. */
    OrderAccess readyToPay(int count, String language) {
        return readyToPay(count, language, PaymentMethod.CARD);
    }

    /** An order of {@code count} seats of the hall, at the payment step, the method chosen. */
    OrderAccess readyToPay(int count, String language, PaymentMethod method) {
        StartedOrder started = orders.start(hall.sessionId(), Buyer.guest());
        OrderAccess order = OrderAccess.of(started.orderId(), started.token());
        checkout.chooseAmount(order, count, Map.of());
        checkout.giveAddress(
                order,
                new OrderCheckout.AddressForm(
                        "Ana Silva",
                        "ana+" + order.orderId() + "@example.com",
                        "Rua Augusta 1",
                        "1100-048",
                        "Lisbon",
                        "Portugal",
                        false,
                        language));
        for (int i = 0; i < count; i++) {
            seats.claim(order, hall.seatIds().get(nextSeat.getAndIncrement()));
        }
        checkout.confirmSeats(order);
        checkout.choosePaymentMethod(order, method);
        return order;
    }

    /** A PAID order of {@code count} seats. */
    Sold paid(int count, String language) {
        OrderAccess order = readyToPay(count, language);
        StartedPayment started = payments.start(order, language);
        stripe.succeed(started.paymentRef());
        Confirmation confirmation = payments.returned(order, started.paymentRef());
        if (confirmation != Confirmation.PAID && confirmation != Confirmation.ALREADY_CONFIRMED) {
            throw new AssertionError("Not paid: " + confirmation);
        }
        return new Sold(order, started.paymentRef(), "ana+" + order.orderId() + "@example.com");
    }

    /** A PAID order of {@code count} seats, paid with PayPal (its fake approves, we capture on return). */
    Sold paidByPayPal(PayPalFake paypal, int count, String language) {
        OrderAccess order = readyToPay(count, language, PaymentMethod.PAYPAL);
        StartedPayment started = payments.start(order, language);
        paypal.approve(started.paymentRef());
        Confirmation confirmation = payments.returned(order, started.paymentRef());
        if (confirmation != Confirmation.PAID) {
            throw new AssertionError("Not paid: " + confirmation);
        }
        return new Sold(order, started.paymentRef(), "ana+" + order.orderId() + "@example.com");
    }

    long number(String sql, Object... parameters) {
        try (Connection connection = db.getConnection();
                PreparedStatement query = prepare(connection, sql, parameters);
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String string(String sql, Object... parameters) {
        try (Connection connection = db.getConnection();
                PreparedStatement query = prepare(connection, sql, parameters);
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void update(String sql, Object... parameters) {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
