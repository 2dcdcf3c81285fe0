package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.systemtest.PageLoad.Figures;

/**
 * Browsing a catalog of 100,000 sessions under concurrent load: the home page, a category, a
 * search and an event page, beside the nearly empty checkout start page in the same layout as the
 * reference. Prints figures and asserts nothing about speed, only that the catalog is there and
 * every answer is a 200. Runs in the benchmark profile only (docs/benchmarks.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogBrowsingBenchmark {

    private static final long SESSIONS = 100_000;
    private static final String SEARCH = "live";
    private static final int THREADS = Integer.getInteger("marquee.bench.threads", 8);
    private static final int REQUESTS = Integer.getInteger("marquee.bench.requests", 1000);
    private static final int WARMUP = Integer.getInteger("marquee.bench.warmup", 200);
    private static final Duration LIMIT = Duration.ofSeconds(Integer.getInteger("marquee.bench.seconds", 180));
    // Enough to compile the hot code of a slow page too; longer would only lengthen the run.
    private static final Duration WARMUP_LIMIT =
            LIMIT.compareTo(Duration.ofSeconds(60)) < 0 ? LIMIT : Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void browsingACatalogOf100000Sessions() throws Exception {
        LargeCatalog.growTo(SESSIONS);
        assertEquals(SESSIONS, TestDatabase.count("select count(*) from event_session"));
        Map<String, String> pages = pages();
        for (String path : pages.values()) {
            assertListsSessions(path);
        }

        PageLoad load = new PageLoad(http, THREADS);
        int warmupFailures = 0;
        // Every page is warmed up before any is measured: compiled code, caches and pools are warm for all.
        for (String path : pages.values()) {
            warmupFailures +=
                    load.run(path, Deployments.url(path), WARMUP, WARMUP_LIMIT).failures();
        }
        List<Figures> measured = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            measured.add(
                    load.run(page.getKey() + " " + page.getValue(), Deployments.url(page.getValue()), REQUESTS, LIMIT));
        }

        String report = report(measured, warmupFailures);
        System.out.println(report);
        Path results = Path.of(System.getProperty("marquee.bench.results", "target/benchmark-results.txt"));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, report);
        assertEquals(
                0,
                warmupFailures + measured.stream().mapToInt(Figures::failures).sum(),
                "every answer a 200");
    }

    /** Label to path; the reference first. The category and event with the most sessions: the heaviest ones. */
    private static Map<String, String> pages() throws Exception {
        String category = TestDatabase.string(
                "select c.slug from category c join event e on e.category_id = c.id and e.status = 'PUBLISHED'"
                        + " join event_session s on s.event_id = e.id group by c.slug order by count(*) desc limit 1");
        String event = TestDatabase.string(
                "select e.slug from event e join event_session s on s.event_id = e.id where e.status = 'PUBLISHED'"
                        + " group by e.slug order by count(*) desc, e.slug limit 1");
        String city = TestDatabase.string(
                "select ci.slug from city ci join venue v on v.city_id = ci.id join event_session s on s.venue_id = v.id"
                        + " group by ci.slug order by count(*) desc, ci.slug limit 1");
        String venue = TestDatabase.string("select v.slug from venue v join event_session s on s.venue_id = v.id"
                + " group by v.slug order by count(*) desc, v.slug limit 1");
        String artist = TestDatabase.string("select a.slug from artist a join event_artist ea on ea.artist_id = a.id"
                + " join event_session s on s.event_id = ea.event_id"
                + " group by a.slug order by count(*) desc, a.slug limit 1");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("reference", "/checkout/");
        pages.put("home", "/");
        pages.put("browse", "/categories/" + category);
        // A page deep in the same list: paging by offset reads every row before it.
        pages.put("browse p.50", "/categories/" + category + "?page=50");
        pages.put("city", "/cities/" + city);
        pages.put("artist", "/artists/" + artist);
        pages.put("venue", "/venues/" + venue);
        pages.put("search", "/search?q=" + SEARCH);
        pages.put("search 2 words", "/search?q=" + SEARCH + "+berlin");
        pages.put("event", "/events/" + event);
        return pages;
    }

    /** A page that is measured must be the page meant: in the layout, and listing sessions if it is a catalog page. */
    private void assertListsSessions(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(Deployments.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.body().contains("class=\"mq-header\""), path + " is in the layout");
        assertTrue(
                path.startsWith("/checkout/") || response.body().contains("data-session="), path + " lists sessions");
    }

    private static String report(List<Figures> measured, int warmupFailures) throws Exception {
        StringBuilder out = new StringBuilder();
        line(
                out,
                "%nCatalog browsing benchmark, %s",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line(
                out,
                "Rows: %,d sessions (%,d upcoming), %,d events (%,d published), %,d venues",
                TestDatabase.count("select count(*) from event_session"),
                TestDatabase.count("select count(*) from event_session where ends_at > now()"),
                TestDatabase.count("select count(*) from event"),
                TestDatabase.count("select count(*) from event where status = 'PUBLISHED'"),
                TestDatabase.count("select count(*) from venue"));
        line(
                out,
                "Machine: %d cores shared by client and server, Java %s (%s), %s %s, PostgreSQL %s",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vendor"),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                TestDatabase.string("show server_version"));
        line(
                out,
                "Load: %d client threads on %s; per page %d warm-up requests (at most %d s; failures: %d),"
                        + " then %d measured (at most %d s)%n",
                THREADS,
                Deployments.BASE_URL,
                WARMUP,
                WARMUP_LIMIT.toSeconds(),
                warmupFailures,
                REQUESTS,
                LIMIT.toSeconds());
        int width = measured.stream().mapToInt(f -> f.page().length()).max().orElse(4);
        String row = "| %-" + width + "s | %8s | %8s | %7s | %7s | %7s | %7s | %7s | %7s |";
        line(out, row, "page", "requests", "failures", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "p50/ref");
        out.append("| " + "-".repeat(width) + " |" + " -------: |".repeat(2) + " ------: |".repeat(7))
                .append(System.lineSeparator());
        double reference = measured.get(0).percentileMillis(50);
        for (Figures f : measured) {
            line(
                    out,
                    row,
                    f.page(),
                    f.requests(),
                    f.failures(),
                    decimal(f.throughput()),
                    decimal(f.percentileMillis(50)),
                    decimal(f.percentileMillis(90)),
                    decimal(f.percentileMillis(99)),
                    decimal(f.percentileMillis(100)),
                    String.format(Locale.ROOT, "%.2f", f.percentileMillis(50) / reference));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... values) {
        out.append(String.format(Locale.ROOT, format, values)).append(System.lineSeparator());
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
