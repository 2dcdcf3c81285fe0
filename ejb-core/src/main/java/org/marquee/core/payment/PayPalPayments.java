package org.marquee.core.payment;

import com.paypal.sdk.Environment;
import com.paypal.sdk.PaypalServerSdkClient;
import com.paypal.sdk.authentication.ClientCredentialsAuthModel;
import com.paypal.sdk.exceptions.ApiException;
import com.paypal.sdk.exceptions.ErrorException;
import com.paypal.sdk.models.AmountWithBreakdown;
import com.paypal.sdk.models.CaptureOrderInput;
import com.paypal.sdk.models.CheckoutPaymentIntent;
import com.paypal.sdk.models.CreateOrderInput;
import com.paypal.sdk.models.ErrorDetails;
import com.paypal.sdk.models.GetOrderInput;
import com.paypal.sdk.models.LinkDescription;
import com.paypal.sdk.models.OAuthToken;
import com.paypal.sdk.models.Order;
import com.paypal.sdk.models.OrderRequest;
import com.paypal.sdk.models.OrdersCapture;
import com.paypal.sdk.models.PaymentSource;
import com.paypal.sdk.models.PaypalExperienceUserAction;
import com.paypal.sdk.models.PaypalWallet;
import com.paypal.sdk.models.PaypalWalletExperienceContext;
import com.paypal.sdk.models.PurchaseUnit;
import com.paypal.sdk.models.PurchaseUnitRequest;
import com.paypal.sdk.models.Refund;
import com.paypal.sdk.models.RefundCapturedPaymentInput;
import com.paypal.sdk.models.RefundRequest;
import com.paypal.sdk.models.RefundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.marquee.core.platform.Money;

/**
 * PayPal through its server SDK (Orders v2): an order per charge, approved by the buyer on PayPal's
 * page, then captured by {@link #capture} when the buyer comes back (or the approval's webhook
 * arrives). The SDK's base address is fixed per environment, so every request goes through an
 * OkHttp client that sends it to the configured address instead (the real one unless a test
 * points it elsewhere); that client also carries the timeout. Nothing that reached PayPal is
 * retried, except once with a new token when PayPal refused the old one ({@link #call}).
 */
@ApplicationScoped
public class PayPalPayments implements PaymentProvider {

    private final PayPalSettings settings;
    private final OkHttpClient http;
    /** Built anew (without its token) when PayPal no longer takes the token it holds: see {@link #call}. */
    private volatile PaypalServerSdkClient client;

    private final AtomicReference<OAuthToken> token = new AtomicReference<>();

    /** For CDI's proxy only. */
    protected PayPalPayments() {
        this.settings = null;
        this.http = null;
        this.client = null;
    }

    @Inject
    public PayPalPayments(PayPalSettings settings) {
        this.settings = settings;
        long timeout = settings.timeout().toMillis();
        HttpUrl base = HttpUrl.get(settings.apiBase().toString());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .writeTimeout(timeout, TimeUnit.MILLISECONDS)
                .callTimeout(timeout, TimeUnit.MILLISECONDS)
                // A pooled keep-alive connection the other side closed meanwhile is replaced and the
                // request sent on a fresh one (OkHttp retries only what never reached PayPal, and
                // every request of ours is safe to repeat anyway); a timeout is not retried.
                .retryOnConnectionFailure(true)
                .addInterceptor(chain -> chain.proceed(chain.request()
                        .newBuilder()
                        .url(PayPalAddress.rebase(chain.request().url(), base))
                        .build()))
                .build();
        this.client = newClient();
    }

    /** An SDK client with no token yet: it fetches one with the first request. */
    private PaypalServerSdkClient newClient() {
        if (settings.clientId() == null || settings.clientSecret() == null) {
            return null;
        }
        return new PaypalServerSdkClient.Builder()
                .environment(settings.sandbox() ? Environment.SANDBOX : Environment.PRODUCTION)
                .clientCredentialsAuth(
                        new ClientCredentialsAuthModel.Builder(settings.clientId(), settings.clientSecret())
                                .oAuthOnTokenUpdate(token::set)
                                .build())
                .httpClientConfig(config -> config.numberOfRetries(0).httpClientInstance(http, false))
                .build();
    }

    @Override
    public Provider provider() {
        return Provider.PAYPAL;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public ProviderPayment create(Charge charge) {
        PurchaseUnitRequest.Builder unit = new PurchaseUnitRequest.Builder(amount(charge.amount()))
                .referenceId(charge.pnr())
                .customId(Long.toString(charge.orderId()))
                .invoiceId(charge.pnr());
        if (charge.description() != null) {
            unit.description(charge.description());
        }
        PaypalWalletExperienceContext.Builder experience = new PaypalWalletExperienceContext.Builder()
                .returnUrl(charge.returnUrl())
                .userAction(PaypalExperienceUserAction.PAY_NOW);
        experience.cancelUrl(charge.cancelUrl() == null ? charge.returnUrl() : charge.cancelUrl());
        OrderRequest request = new OrderRequest.Builder(CheckoutPaymentIntent.CAPTURE, List.of(unit.build()))
                .paymentSource(new PaymentSource.Builder()
                        .paypal(new PaypalWallet.Builder()
                                .experienceContext(experience.build())
                                .build())
                        .build())
                .build();
        CreateOrderInput input = new CreateOrderInput.Builder()
                .body(request)
                .paypalRequestId(charge.idempotencyKey())
                .prefer("return=representation")
                .build();
        Order order =
                call(() -> client().getOrdersController().createOrder(input).getResult());
        return new ProviderPayment(order.getId(), null, approvalUrl(order));
    }

    @Override
    public ProviderState state(String paymentRef) {
        GetOrderInput input = new GetOrderInput.Builder(paymentRef).build();
        return stateOf(call(() -> client().getOrdersController().getOrder(input).getResult()));
    }

    /**
     * Captures the approved order. PayPal captures an order once: asked again (a retry after a
     * timeout, the webhook and the redirect both capturing) it answers ORDER_ALREADY_CAPTURED, and
     * an order the buyer has not approved ORDER_NOT_APPROVED; both answer the order's state.
     */
    @Override
    public ProviderState capture(String paymentRef) {
        CaptureOrderInput input = new CaptureOrderInput.Builder()
                .id(paymentRef)
                .prefer("return=representation")
                .build();
        try {
            return stateOf(renewingToken(
                    () -> client().getOrdersController().captureOrder(input).getResult()));
        } catch (ErrorException e) {
            if (e.getResponseCode() == 422 && (issue(e, "ORDER_ALREADY_CAPTURED") || issue(e, "ORDER_NOT_APPROVED"))) {
                return state(paymentRef);
            }
            throw unavailable(e);
        } catch (ApiException | IOException | RuntimeException e) {
            throw unavailable(e);
        }
    }

    @Override
    public ProviderRefund refund(String paymentRef, String captureRef, Money amount, String idempotencyKey) {
        String capture = captureRef != null ? captureRef : state(paymentRef).captureRef();
        if (capture == null) {
            throw new ProviderUnavailable(Provider.PAYPAL, "order " + paymentRef + " has no capture to refund");
        }
        RefundCapturedPaymentInput input = new RefundCapturedPaymentInput.Builder()
                .captureId(capture)
                .paypalRequestId(idempotencyKey)
                .prefer("return=representation")
                .body(new RefundRequest.Builder()
                        .amount(new com.paypal.sdk.models.Money.Builder(
                                        amount.currency(), amount.amount().toPlainString())
                                .build())
                        .build())
                .build();
        Refund refund = call(() ->
                client().getPaymentsController().refundCapturedPayment(input).getResult());
        Money refunded = refund.getAmount() == null
                ? amount
                : money(refund.getAmount().getCurrencyCode(), refund.getAmount().getValue());
        return new ProviderRefund(refund.getId(), refunded, refund.getStatus() != RefundStatus.COMPLETED);
    }

    @Override
    public WebhookEvent verify(Map<String, String> headers, String body) {
        if (settings.webhookId() == null) {
            throw new ForgedWebhook(Provider.PAYPAL, "no webhook id configured");
        }
        PayPalWebhooks.Transmission transmission = PayPalWebhooks.transmission(headers)
                .orElseThrow(() -> new ForgedWebhook(Provider.PAYPAL, "no PayPal transmission headers"));
        if (body == null || !PayPalWebhooks.isJsonObject(body)) {
            throw new ForgedWebhook(Provider.PAYPAL, "not an event");
        }
        String status;
        try {
            status = PayPalWebhooks.verification(
                    http, settings.apiBase(), this::accessToken, transmission, settings.webhookId(), body);
        } catch (IOException e) {
            throw unavailable(e);
        }
        if (!"SUCCESS".equals(status)) {
            throw new ForgedWebhook(Provider.PAYPAL, "PayPal answered " + status);
        }
        return PayPalWebhooks.event(body);
    }

    /** The SDK's current token, or a new one when there is none or it ran out. */
    private String accessToken(boolean fresh) throws IOException {
        OAuthToken current = token.get();
        if (fresh || current == null || client().getClientCredentialsAuth().isTokenExpired(current)) {
            try {
                current = client().getClientCredentialsAuth().fetchToken();
            } catch (ApiException e) {
                throw new IOException("no token: HTTP " + e.getResponseCode(), e);
            }
            token.set(current);
        }
        return current.getAccessToken();
    }

    static ProviderState stateOf(Order order) {
        PurchaseUnit unit =
                order.getPurchaseUnits() == null || order.getPurchaseUnits().isEmpty()
                        ? null
                        : order.getPurchaseUnits().get(0);
        Money amount = unit == null || unit.getAmount() == null
                ? null
                : money(unit.getAmount().getCurrencyCode(), unit.getAmount().getValue());
        Long orderId = unit == null ? null : PayPalWebhooks.orderId(unit.getCustomId());
        ProviderState.Status status = ProviderState.Status.OPEN;
        String captureRef = null;
        if (order.getStatus() != null) {
            switch (order.getStatus()) {
                case APPROVED -> status = ProviderState.Status.APPROVED;
                case VOIDED -> status = ProviderState.Status.FAILED;
                case COMPLETED -> {
                    Optional<OrdersCapture> capture = capture(unit);
                    if (capture.isPresent() && capture.get().getStatus() != null) {
                        switch (capture.get().getStatus()) {
                            case COMPLETED, PARTIALLY_REFUNDED, REFUNDED -> {
                                status = ProviderState.Status.SUCCEEDED;
                                captureRef = capture.get().getId();
                            }
                            case DECLINED, FAILED -> status = ProviderState.Status.FAILED;
                            default -> status = ProviderState.Status.OPEN;
                        }
                    }
                }
                default -> status = ProviderState.Status.OPEN;
            }
        }
        return new ProviderState(order.getId(), status, amount, orderId, captureRef);
    }

    private static Optional<OrdersCapture> capture(PurchaseUnit unit) {
        if (unit == null || unit.getPayments() == null || unit.getPayments().getCaptures() == null) {
            return Optional.empty();
        }
        List<OrdersCapture> captures = unit.getPayments().getCaptures();
        return captures.isEmpty() ? Optional.empty() : Optional.of(captures.get(captures.size() - 1));
    }

    private static String approvalUrl(Order order) {
        if (order.getLinks() == null) {
            return null;
        }
        for (String rel : List.of("payer-action", "approve")) {
            for (LinkDescription link : order.getLinks()) {
                if (rel.equals(link.getRel())) {
                    return link.getHref();
                }
            }
        }
        return null;
    }

    /** PayPal's amount: a decimal string with exactly the currency's digits ("25.00", JPY "2500"). */
    private static AmountWithBreakdown amount(Money money) {
        return new AmountWithBreakdown.Builder(money.currency(), money.amount().toPlainString()).build();
    }

    static Money money(String currency, String value) {
        return Money.of(new java.math.BigDecimal(value), currency);
    }

    private static boolean issue(ErrorException e, String issue) {
        List<ErrorDetails> details = e.getDetails();
        return details != null && details.stream().anyMatch(detail -> issue.equals(detail.getIssue()));
    }

    private PaypalServerSdkClient client() {
        if (client == null) {
            throw new ProviderUnavailable(Provider.PAYPAL, "not configured");
        }
        return client;
    }

    private interface PayPalCall<T> {
        T call() throws ApiException, IOException;
    }

    /**
     * One call of the SDK, its failures as {@link ProviderUnavailable}. The SDK keeps its token
     * until the token's own expiry; PayPal may stop taking it sooner (credentials rotated, the
     * token revoked, a restarted sandbox). A 401 therefore drops the client with its token and
     * the call goes once more with a new one. Each call we make is safe to repeat: orders and
     * refunds carry an idempotency key, a capture answers ORDER_ALREADY_CAPTURED, reads are reads.
     */
    private <T> T call(PayPalCall<T> call) {
        try {
            return renewingToken(call);
        } catch (ApiException | IOException e) {
            throw unavailable(e);
        } catch (ProviderUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            // The SDK's own failures (no token, an unreadable answer) are unchecked.
            throw unavailable(e);
        }
    }

    private <T> T renewingToken(PayPalCall<T> call) throws ApiException, IOException {
        try {
            return call.call();
        } catch (ApiException e) {
            if (e.getResponseCode() != 401) {
                throw e;
            }
            token.set(null);
            client = newClient();
            return call.call();
        }
    }

    private static ProviderUnavailable unavailable(Exception e) {
        if (e instanceof ProviderUnavailable unavailable) {
            return unavailable;
        }
        StringBuilder detail = new StringBuilder(e.getClass().getSimpleName());
        if (e instanceof ApiException api) {
            detail.append(" HTTP ").append(api.getResponseCode());
        }
        if (e instanceof ErrorException error) {
            detail.append(" ").append(error.getName());
            if (error.getDetails() != null) {
                error.getDetails().forEach(d -> detail.append(" ").append(d.getIssue()));
            }
        }
        return new ProviderUnavailable(
                Provider.PAYPAL,
                detail.append(": ").append(e.getMessage()).toString(),
                e instanceof ApiException api && ProviderUnavailable.refusal(api.getResponseCode()));
    }
}
