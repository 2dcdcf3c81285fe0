/*
 * The card form of the payment page: Stripe's Payment Element, bound to the payment the server
 * started (its client secret). Card data goes from this form to Stripe only. Paying confirms the
 * payment at Stripe, which runs 3-D Secure when the card needs it and then sends the browser to
 * our return address; the server asks Stripe what happened there (and Stripe's webhook says the
 * same). A refusal (a declined card) stays on this page with Stripe's message.
 */
(function () {
    "use strict";
    function start() {
        var box = document.getElementById("card-payment");
        if (!box || typeof Stripe !== "function") {
            return;
        }
        // Stripe's own texts in the page's language (English or German).
        var stripe = Stripe(box.getAttribute("data-publishable-key"), { locale: document.documentElement.lang || "auto" });
        var elements = stripe.elements({ clientSecret: box.getAttribute("data-client-secret") });
        elements.create("payment").mount("#stripe-payment-element");
        var button = document.getElementById("pay-card");
        var error = document.getElementById("card-error");
        button.addEventListener("click", function () {
            button.disabled = true;
            error.textContent = "";
            stripe.confirmPayment({
                elements: elements,
                confirmParams: { return_url: box.getAttribute("data-return-url") }
            }).then(function (result) {
                // Only a refusal comes back here: success leaves the page for the return address.
                if (result && result.error) {
                    error.textContent = result.error.message;
                    button.disabled = false;
                }
            });
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
