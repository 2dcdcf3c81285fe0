package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwilioRebasedTest {

    @Test
    void aRequestGoesToTheOtherAddressWithItsPathFormAndCredentials() {
        Request[] seen = new Request[1];
        HttpClient recorder = new HttpClient() {
            @Override
            public Response makeRequest(Request request) {
                seen[0] = request;
                return new Response("{}", 201);
            }
        };
        Request request = new Request(HttpMethod.POST, "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json");
        request.addPostParam("To", "+491701234567");
        request.addPostParam("Body", "Hello");
        request.setAuth("AC1", "token");

        new TwilioSmsSender.Rebased(URI.create("http://127.0.0.1:4792"), recorder).makeRequest(request);

        assertEquals("http://127.0.0.1:4792/2010-04-01/Accounts/AC1/Messages.json", seen[0].getUrl());
        assertEquals(List.of("+491701234567"), seen[0].getPostParams().get("To"));
        assertEquals(List.of("Hello"), seen[0].getPostParams().get("Body"));
        assertEquals(request.getAuthString(), seen[0].getAuthString());
        assertEquals(HttpMethod.POST, seen[0].getMethod());
    }
}
