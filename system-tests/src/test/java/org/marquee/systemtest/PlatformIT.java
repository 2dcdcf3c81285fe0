package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The deployed platform over plain HTTP: panels answer, protection holds, errors stay friendly. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/checkout/"})
    void openPanelsAnswerWithTheirHomePage(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("class=\"mq-header\""), "the page is in the shared layout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/", "/venue/", "/artist/", "/marketing/", "/admin/anything.xhtml"})
    void staffPanelsSendAnonymousVisitorsToTheirLoginPage(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(302, response.statusCode());
        String panel = path.substring(0, path.indexOf('/', 1) + 1);
        String continueTo = URLEncoder.encode(path.substring(panel.length() - 1), StandardCharsets.UTF_8);
        assertEquals(
                Deployments.url(panel + "login.xhtml?continue=" + continueTo),
                response.headers().firstValue("Location").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/login.xhtml",
                "/checkout/login.xhtml",
                "/admin/login.xhtml",
                "/venue/login.xhtml",
                "/artist/login.xhtml",
                "/marketing/login.xhtml"
            })
    void everyPanelServesTheLoginPage(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("id=\"login:email\""));
    }

    @Test
    void healthReportsTheDatabaseAndSchema() throws Exception {
        HttpResponse<String> response = get("/api/health");

        assertAll(
                () -> assertEquals(200, response.statusCode()),
                () -> assertEquals(
                        "application/json",
                        response.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertTrue(response.body().contains("\"status\":\"UP\"")),
                () -> assertTrue(response.body().contains("\"schemaVersion\":\"" + latestSchemaVersion() + "\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/checkout/no-such-page.xhtml", "/no/such/path/"})
    void unknownAddressesGetTheNotFoundPageInTheLayout(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertAll(
                () -> assertEquals(404, response.statusCode()),
                () -> assertTrue(response.body().contains("id=\"error-404\"")),
                () -> assertTrue(response.body().contains("class=\"mq-header\"")),
                () -> assertNoStackTrace(response.body()));
    }

    @Test
    void aBrokenFacesPostGetsTheErrorPageWithoutAStackTrace() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(Deployments.url("/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "login=login&login%3Aemail=a%40b.cd&jakarta.faces.ViewState=forged-state"))
                .build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());

        assertTrue(response.body().contains("id=\"error-expired\"")
                || response.body().contains("id=\"error-500\""));
        assertNoStackTrace(response.body());
    }

    @Test
    void migrationsRanOnPostgresqlAndNoDemoDataWasLoaded() throws Exception {
        assertEquals(
                latestSchemaVersion(),
                TestDatabase.string(
                        "select version from flyway_schema_history where success order by installed_rank desc limit 1"));
        // The tests run without MARQUEE_DEMO: the server loads none of the demo's users (the demo's admin).
        assertEquals(0, TestDatabase.count("select count(*) from app_user where email = ?", "admin@marquee.test"));
        assertTrue(TestDatabase.string("select version()").startsWith("PostgreSQL"));
        assertEquals(
                4,
                TestDatabase.count("select count(*) from pg_indexes where indexname like '%\\_search\\_%\\_trgm\\_ix'"),
                "PostgreSQL's own migrations (trigram indexes of the folded search names) ran");
    }

    private static final Pattern STACK_FRAME = Pattern.compile("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

    private static void assertNoStackTrace(String body) {
        assertFalse(STACK_FRAME.matcher(body).find(), "no stack frame on the page");
        assertFalse(body.contains("Caused by:"), "no cause chain on the page");
    }

    /** The highest V<n>__ migration in ejb-core's sources (shared or PostgreSQL's): what a fresh database must reach. */
    private static String latestSchemaVersion() throws IOException {
        Path resources = Path.of(System.getProperty("marquee.migrations", "../ejb-core/src/main/resources/db"));
        try (Stream<Path> files = Stream.concat(
                Files.list(resources.resolve("migration")), Files.list(resources.resolve("vendor/postgresql")))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.+\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare)
                    .map(String::valueOf)
                    .orElseThrow();
        }
    }

    /** Anonymous browsing keeps no state on the server: load must not pile up HTTP sessions. */
    @Test
    void anonymousVisitorsOfThePublicSiteGetNoSession() throws Exception {
        BurstArena hall = BurstArena.create(1, 4, 10, 1);
        String event = TestDatabase.string("select slug from event where id = ?", hall.eventId());
        String venue = TestDatabase.string("select slug from venue where id = ?", hall.venueId());
        for (String path : new String[] {"/", "/search?q=live", "/events/" + event, "/venues/" + venue}) {
            HttpResponse<String> response = get(path);

            assertEquals(200, response.statusCode(), path);
            assertEquals(
                    java.util.List.of(),
                    response.headers().allValues("Set-Cookie"),
                    path + " answers without creating a session");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.url(path)))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
