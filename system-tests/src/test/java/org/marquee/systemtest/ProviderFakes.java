package org.marquee.systemtest;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.URI;

/**
 * The Stripe and PayPal fakes of the in-server tests, one pair per deployment: on the ports the
 * server's payment settings name, sending their webhooks to it. Every test class that pays or
 * refunds shares them (two fakes cannot listen on one port); they live as long as the
 * deployment, as the server's provider clients keep their connections and PayPal's token.
 */
@WebListener
public final class ProviderFakes implements ServletContextListener {

    private static StripeFake stripe;
    private static PayPalFake paypal;

    /** For the servlet container: the fakes stop with the deployment that started them (their ports are free for the next). */
    public ProviderFakes() {}

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        stop();
    }

    static synchronized StripeFake stripe() {
        start();
        return stripe;
    }

    static synchronized PayPalFake paypal() {
        start();
        return paypal;
    }

    /** Stops both (the end of a test class: the next deployment starts its own on the same ports). */
    static synchronized void stop() {
        if (stripe != null) {
            stripe.close();
            paypal.close();
            stripe = null;
            paypal = null;
        }
    }

    private static void start() {
        if (stripe != null) {
            return;
        }
        String base = System.getenv("MARQUEE_PUBLIC_URL");
        stripe = StripeFake.start(
                URI.create(System.getenv("MARQUEE_STRIPE_API_BASE")).getPort(),
                URI.create(base + "/checkout/api/webhooks/stripe"),
                System.getenv("MARQUEE_STRIPE_WEBHOOK_SECRET"));
        paypal = PayPalFake.start(
                URI.create(System.getenv("MARQUEE_PAYPAL_API_BASE")).getPort(),
                URI.create(base + "/checkout/api/webhooks/paypal"),
                System.getenv("MARQUEE_PAYPAL_WEBHOOK_ID"));
    }
}
