package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.payment.Charge;
import org.marquee.core.payment.PayPalPayments;
import org.marquee.core.payment.PayPalSettings;
import org.marquee.core.payment.ProviderPayment;
import org.marquee.core.payment.ProviderState;
import org.marquee.core.payment.StripePayments;
import org.marquee.core.payment.StripeSettings;
import org.marquee.core.platform.Money;

/**
 * The fakes' browser side in headless Chromium, without our server: a page that uses the fake
 * Stripe.js exactly as the checkout will (card, 3-D Secure, decline), and PayPal's approval page.
 * The page comes from another origin than the fake, as ours will.
 */
class PaymentFakesBrowserTest {

    private static Browser browser;
    private StripeFake stripeFake;
    private PayPalFake payPalFake;
    private LoopbackFake shop;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void start() {
        stripeFake = StripeFake.start(0, null, "whsec_browser");
        payPalFake = PayPalFake.start(0, null, "WH-BROWSER");
        shop = new LoopbackFake(0, null) {
            @Override
            Response answer(Request request) {
                if (request.path().equals("/pay")) {
                    return Response.html(payPage(request.query()));
                }
                return Response.html("<!DOCTYPE html><title>Back</title><p id=\"back\">" + request.path() + "</p>");
            }
        };
    }

    @AfterEach
    void stop() {
        shop.close();
        stripeFake.close();
        payPalFake.close();
    }

    private String payPage(Map<String, String> query) {
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>Pay</title><script src="%s"></script></head>
                <body>
                <form id="payment-form"><div id="stripe-payment-element"></div><button id="pay" type="submit">Pay</button></form>
                <p id="payment-error"></p>
                <script>
                  const stripe = Stripe('pk_test_browser');
                  const elements = stripe.elements({clientSecret: '%s'});
                  elements.create('payment').mount('#stripe-payment-element');
                  document.getElementById('payment-form').addEventListener('submit', async (event) => {
                    event.preventDefault();
                    const {error} = await stripe.confirmPayment({elements, confirmParams: {return_url: '%s'}});
                    if (error) { document.getElementById('payment-error').textContent = error.type + ': ' + error.message; }
                  });
                </script>
                </body></html>
                """
                .formatted(stripeFake.jsUrl(), query.get("secret"), shop.baseUrl() + "/return?order=7");
    }

    private ProviderPayment stripePayment(String key) {
        StripePayments stripe = new StripePayments(new StripeSettings(
                "sk_test_browser",
                "pk_test_browser",
                "whsec_browser",
                stripeFake.baseUrl(),
                stripeFake.jsUrl(),
                Duration.ofSeconds(5)));
        return stripe.create(new Charge(
                7, "PNR7", Money.ofMinor(1999, "EUR"), "tickets", null, shop.baseUrl() + "/return?order=7", null, key));
    }

    private void pay(ProviderPayment payment, String card) {
        browser.driver().get(shop.baseUrl() + "/pay?secret=" + payment.clientSecret());
        browser.type("#fake-card-number", card.substring(0, 4) + " " + card.substring(4));
        browser.type("#fake-card-expiry", "12 / 34");
        browser.type("#fake-card-cvc", "123");
        browser.click("#pay");
    }

    @Test
    void aCardThatSucceedsReturnsToTheShopWithThePaymentIntent() {
        ProviderPayment payment = stripePayment("browser-ok");
        pay(payment, StripeFake.CARD_SUCCEEDS);
        browser.waitForPath("/return");
        Map<String, String> query =
                LoopbackFake.decode(URI.create(browser.driver().getCurrentUrl()).getRawQuery());
        assertEquals("7", query.get("order"));
        assertEquals(payment.paymentRef(), query.get("payment_intent"));
        assertEquals(payment.clientSecret(), query.get("payment_intent_client_secret"));
        assertEquals("succeeded", query.get("redirect_status"));
        assertEquals(
                "succeeded",
                stripeFake.intent(payment.paymentRef()).orElseThrow().status());
        assertEquals("payment_intent.succeeded", stripeFake.events().get(0).type());
    }

    @Test
    void threeDSecureShowsTheChallengeAndReturnsAfterIt() {
        ProviderPayment payment = stripePayment("browser-3ds");
        pay(payment, StripeFake.CARD_3DS);
        browser.click("#fake-3ds-complete");
        browser.waitForPath("/return");
        assertTrue(browser.driver().getCurrentUrl().endsWith("redirect_status=succeeded")
                || browser.driver().getCurrentUrl().contains("redirect_status=succeeded"));
        assertEquals(
                "succeeded",
                stripeFake.intent(payment.paymentRef()).orElseThrow().status());

        ProviderPayment failing = stripePayment("browser-3ds-fail");
        pay(failing, StripeFake.CARD_3DS);
        browser.click("#fake-3ds-fail");
        browser.waitForPath("/return");
        assertTrue(browser.driver().getCurrentUrl().contains("redirect_status=failed"));
        assertEquals(
                "requires_payment_method",
                stripeFake.intent(failing.paymentRef()).orElseThrow().status());
    }

    @Test
    void aDeclinedCardStaysOnThePageWithStripesMessage() {
        ProviderPayment payment = stripePayment("browser-declined");
        pay(payment, StripeFake.CARD_DECLINED);
        browser.expectText("#payment-error", "card_error: Your card was declined.");
        assertEquals("/pay", browser.path());
        assertEquals(
                "requires_payment_method",
                stripeFake.intent(payment.paymentRef()).orElseThrow().status());
    }

    @Test
    void payPalsApprovalPageSendsTheBuyerBack() {
        PayPalPayments paypal = new PayPalPayments(new PayPalSettings(
                "client", "secret", "WH-BROWSER", true, payPalFake.baseUrl(), Duration.ofSeconds(5)));
        ProviderPayment order = paypal.create(new Charge(
                7,
                "PNR7",
                Money.ofMinor(1999, "EUR"),
                "tickets",
                null,
                shop.baseUrl() + "/paypal/return",
                shop.baseUrl() + "/paypal/cancel",
                "browser-paypal"));
        browser.driver().get(order.approvalUrl());
        browser.click("#paypal-approve");
        browser.waitForPath("/paypal/return");
        Map<String, String> query =
                LoopbackFake.decode(URI.create(browser.driver().getCurrentUrl()).getRawQuery());
        assertEquals(order.paymentRef(), query.get("token"));
        assertTrue(query.get("PayerID").startsWith("FAKEPAYER"));
        assertEquals(
                ProviderState.Status.SUCCEEDED,
                paypal.capture(order.paymentRef()).status());

        ProviderPayment cancelled = paypal.create(new Charge(
                8,
                "PNR8",
                Money.ofMinor(1999, "EUR"),
                "tickets",
                null,
                shop.baseUrl() + "/paypal/return",
                shop.baseUrl() + "/paypal/cancel",
                "browser-paypal-cancel"));
        browser.driver().get(cancelled.approvalUrl());
        browser.click("#paypal-cancel");
        browser.waitForPath("/paypal/cancel");
        assertEquals(
                ProviderState.Status.OPEN, paypal.state(cancelled.paymentRef()).status());
    }
}
