package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server sends over the wire (issue 17): text answers gzip-compressed for a client that
 * accepts it and plain for one that does not; robots.txt keeps crawlers out of the account, the
 * checkout, the panels and an order's own addresses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompressionIT {

    private static final String SCRIPT = "/jakarta.faces.resource/components.js.xhtml?ln=primefaces";

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void pagesScriptsAndJsonAreCompressedForClientsThatAcceptIt() throws Exception {
        for (String path : new String[] {"/", "/login.xhtml", SCRIPT, "/api/health", "/robots.txt"}) {
            HttpResponse<byte[]> zipped = get(path, true);
            assertEquals(200, zipped.statusCode(), path);
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), path);
            String text = gunzip(zipped.body());
            assertTrue(!text.isBlank(), path);
            HttpResponse<byte[]> plain = get(path, false);
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), path);
            if (path.equals(SCRIPT) || path.equals("/robots.txt")) { // the others change (a nonce, a timing)
                assertEquals(new String(plain.body(), StandardCharsets.UTF_8), text, path);
            }
            if (path.equals(SCRIPT)) {
                assertTrue(
                        zipped.body().length * 3 < plain.body().length, "PrimeFaces' script shrinks to under a third");
            }
        }
    }

    @Test
    void robotsKeepCrawlersOnThePublicCatalog() throws Exception {
        HttpResponse<byte[]> robots = get("/robots.txt", false);
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = new String(robots.body(), StandardCharsets.UTF_8);
        for (String closed : new String[] {"/account/", "/admin/", "/order.xhtml", "/order-document"}) {
            assertTrue(text.contains("Disallow: " + closed + "\n"), closed);
        }
        assertTrue(text.contains("Allow: /\n"));
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(Deployments.url(path))).timeout(Duration.ofSeconds(30));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
