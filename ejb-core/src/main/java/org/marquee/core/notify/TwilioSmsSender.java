package org.marquee.core.notify;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Sends through Twilio's Java SDK: a {@code Message.creator(to, from, body)} on a client of our
 * own (never the SDK's static {@code Twilio.init}, which would be one client for the whole JVM).
 * With {@code MARQUEE_TWILIO_API_BASE} set, the client's HTTP requests go to that address instead
 * of {@code https://api.twilio.com}, path and form unchanged ({@link Rebased}).
 *
 * <p>Twilio's answer decides whether a retry can help: 429 and 5xx (and no answer at all) are
 * tried again by the outbox; any other 4xx (an invalid or unreachable number, a number that
 * opted out at Twilio, a text too long) is final.
 */
@ApplicationScoped
@Typed(TwilioSmsSender.class)
public class TwilioSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(TwilioSmsSender.class.getName());

    @Inject
    private SmsSettings settings;

    private volatile TwilioRestClient client;
    private volatile NetworkHttpClient http;

    @Override
    public void send(TextMessage text) throws DeliveryFailure {
        try {
            Message sent = sender(text).create(client());
            LOG.fine(() -> "Text " + text.outboxId() + " accepted by Twilio as " + sent.getSid());
        } catch (ApiConnectionException unreachable) {
            throw new DeliveryFailure(
                    "Twilio not reachable: " + DeliveryFailure.describe(unreachable), false, unreachable);
        } catch (ApiException refused) {
            Integer status = refused.getStatusCode();
            boolean retry = status == null || status == 429 || status >= 500;
            throw new DeliveryFailure(
                    "Twilio answered " + status
                            + (refused.getCode() == null ? "" : " (error " + refused.getCode() + ")") + ": "
                            + refused.getMessage(),
                    !retry,
                    refused);
        }
    }

    private com.twilio.rest.api.v2010.account.MessageCreator sender(TextMessage text) {
        String from = settings.from();
        PhoneNumber to = new PhoneNumber(text.recipient());
        // A messaging service's sid (MG...) sends from the service's own numbers.
        return from.startsWith("MG")
                ? Message.creator(to, from, text.text())
                : Message.creator(to, new PhoneNumber(from), text.text());
    }

    private TwilioRestClient client() {
        TwilioRestClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    http = new NetworkHttpClient();
                    HttpClient transport = settings.apiBase() == null ? http : new Rebased(settings.apiBase(), http);
                    client = new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
                            .httpClient(transport)
                            .build();
                }
                current = client;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        // NetworkHttpClient keeps a connection pool; nothing in its API closes it, the JVM's
        // collector does once the client is gone.
        client = null;
        http = null;
    }

    /**
     * Sends each request to another address (a test's loopback fake of Twilio's API): the same
     * method, path, query, form fields and credentials, another scheme, host and port.
     */
    static final class Rebased extends HttpClient {

        private final URI base;
        private final HttpClient delegate;

        Rebased(URI base, HttpClient delegate) {
            this.base = base;
            this.delegate = delegate;
        }

        @Override
        public Response makeRequest(Request request) {
            return delegate.makeRequest(rebase(request));
        }

        Request rebase(Request request) {
            URI original = URI.create(request.getUrl());
            String url = base.toString()
                    + original.getRawPath()
                    + (original.getRawQuery() == null ? "" : "?" + original.getRawQuery());
            Request copy = new Request(request.getMethod(), url);
            copy.setContentType(request.getContentType());
            if (request.getBody() != null) {
                copy.setBody(request.getBody());
            }
            copyInto(request.getPostParams(), copy::addPostParam);
            copyInto(request.getQueryParams(), copy::addQueryParam);
            copyInto(request.getHeaderParams(), copy::addHeaderParam);
            if (request.getUsername() != null) {
                copy.setAuth(request.getUsername(), request.getPassword());
            } else if (request.getAuthStrategy() != null) {
                copy.setAuth(request.getAuthStrategy());
            }
            copy.setUserAgentExtensions(request.getUserAgentExtensions());
            return copy;
        }

        private static void copyInto(
                Map<String, List<String>> values, java.util.function.BiConsumer<String, String> add) {
            values.forEach((name, list) -> list.forEach(value -> add.accept(name, value)));
        }
    }
}
