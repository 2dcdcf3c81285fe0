package org.marquee.systemtest;

import java.net.URI;

/**
 * The fake Stripe.js and its 3-D Secure page: exactly the part of Stripe.js the checkout uses
 * ({@code Stripe(key)}, {@code stripe.elements({clientSecret})}, {@code elements.create('payment')},
 * {@code element.mount(selector)}, {@code stripe.confirmPayment({elements, confirmParams:
 * {return_url}})}), with plain inputs {@code fake-card-number}, {@code fake-card-expiry} and
 * {@code fake-card-cvc} instead of Stripe's iframe. Like Stripe.js it confirms the PaymentIntent
 * with the publishable key and the client secret, then sends the browser to the return address
 * (or to the challenge first), or resolves {@code {error}} and stays on the page.
 */
final class StripeJs {

    private StripeJs() {}

    static String script(URI api) {
        return """
                (function () {
                  'use strict';
                  var API = '%s';
                  function encode(params) {
                    return Object.keys(params).filter(function (k) { return params[k] != null; })
                      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
                  }
                  function withQuery(url, params) {
                    var hash = '', i = url.indexOf('#');
                    if (i >= 0) { hash = url.substring(i); url = url.substring(0, i); }
                    return url + (url.indexOf('?') >= 0 ? '&' : '?') + encode(params) + hash;
                  }
                  function never() { return new Promise(function () {}); }
                  window.Stripe = function (publishableKey) {
                    if (typeof publishableKey !== 'string' || publishableKey.indexOf('pk_') !== 0) {
                      throw new Error('IntegrationError: Invalid value for Stripe(): apiKey should be a publishable key (pk_...)');
                    }
                    return {
                      elements: function (options) {
                        if (!options || !options.clientSecret) {
                          throw new Error('IntegrationError: elements() needs a clientSecret');
                        }
                        var elements = { _clientSecret: options.clientSecret, _element: null };
                        elements.create = function (type) {
                          if (type !== 'payment') { throw new Error('IntegrationError: the fake knows only the payment element'); }
                          var element = {
                            mount: function (target) {
                              var node = typeof target === 'string' ? document.querySelector(target) : target;
                              if (!node) { throw new Error('IntegrationError: no element to mount into: ' + target); }
                              node.innerHTML =
                                '<div class="fake-stripe-payment-element">' +
                                '<label>Card number <input id="fake-card-number" autocomplete="cc-number" inputmode="numeric" placeholder="1234 1234 1234 1234"></label> ' +
                                '<label>Expiry <input id="fake-card-expiry" autocomplete="cc-exp" placeholder="MM / YY"></label> ' +
                                '<label>CVC <input id="fake-card-cvc" autocomplete="cc-csc" placeholder="CVC"></label>' +
                                '</div>';
                              element._node = node;
                            },
                            on: function () { return element; },
                            unmount: function () { if (element._node) { element._node.innerHTML = ''; } },
                            destroy: function () { element.unmount(); }
                          };
                          elements._element = element;
                          return element;
                        };
                        elements.submit = function () { return Promise.resolve({}); };
                        return elements;
                      },
                      confirmPayment: function (params) {
                        var elements = params && params.elements;
                        var returnUrl = params && params.confirmParams && params.confirmParams.return_url;
                        if (!elements || !elements._element || !elements._element._node) {
                          return Promise.resolve({ error: { type: 'validation_error', message: 'The payment element is not mounted.' } });
                        }
                        if (!returnUrl) {
                          return Promise.resolve({ error: { type: 'invalid_request_error', message: 'confirmParams.return_url is required.' } });
                        }
                        var node = elements._element._node;
                        function field(id) { var input = node.querySelector('#' + id); return input ? input.value : ''; }
                        var secret = elements._clientSecret;
                        var id = secret.split('_secret_')[0];
                        return fetch(API + '/v1/payment_intents/' + encodeURIComponent(id) + '/confirm', {
                          method: 'POST',
                          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                          body: encode({
                            key: publishableKey,
                            client_secret: secret,
                            return_url: returnUrl,
                            'payment_method_data[type]': 'card',
                            'payment_method_data[card][number]': field('fake-card-number').replace(/\\s/g, ''),
                            'payment_method_data[card][exp]': field('fake-card-expiry'),
                            'payment_method_data[card][cvc]': field('fake-card-cvc')
                          })
                        }).then(function (response) { return response.json(); }).then(function (body) {
                          if (body.error) { return { error: body.error }; }
                          if (body.status === 'requires_action' && body.next_action && body.next_action.redirect_to_url) {
                            window.location.assign(body.next_action.redirect_to_url.url);
                            return never();
                          }
                          if (body.status === 'succeeded' || body.status === 'processing') {
                            window.location.assign(withQuery(returnUrl, {
                              payment_intent: body.id, payment_intent_client_secret: secret, redirect_status: 'succeeded'
                            }));
                            return never();
                          }
                          return { error: { type: 'invalid_request_error', message: 'Unexpected PaymentIntent status ' + body.status } };
                        }, function (failure) {
                          return { error: { type: 'api_connection_error', message: String(failure) } };
                        });
                      }
                    };
                  };
                })();
                """
                .formatted(api.toString());
    }

    static String challengePage(String intentId, long amount, String currency) {
        String base = "/fake/3ds/" + LoopbackFake.escapeHtml(intentId);
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>3-D Secure test page</title></head>
                <body>
                <h1>3-D Secure authentication</h1>
                <p>Test payment %s of %d %s (minor units).</p>
                <form method="post" action="%s/complete"><button id="fake-3ds-complete" type="submit">Complete authentication</button></form>
                <form method="post" action="%s/fail"><button id="fake-3ds-fail" type="submit">Fail authentication</button></form>
                </body></html>
                """
                .formatted(LoopbackFake.escapeHtml(intentId), amount, LoopbackFake.escapeHtml(currency), base, base);
    }
}
