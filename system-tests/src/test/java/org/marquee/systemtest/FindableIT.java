package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What search engines and browsers find (issue 17, "Findable" and "Weight"): every public page
 * names its canonical address, its English, German and default versions and a description, and
 * the account area, the checkout and search results ask not to be indexed; a page's language
 * version answers in its language; the sitemap index leads to every published event, artist,
 * venue, city, category and post and to no draft; robots.txt names it; no resource a public page
 * refers to answers 404, and the versioned ones are kept for a year. The catalog is the test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FindableIT {

    private static final String BASE = Deployments.url("");
    private static final Pattern RESOURCE =
            Pattern.compile("<(?:link|script|img|source)\\b[^>]*?\\b(?:href|src)=\"(/[^\"]*)\"");
    private static final Pattern SRCSET = Pattern.compile("<(?:img|source)\\b[^>]*?\\bsrcset=\"([^\"]*)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static String tag;
    private static String event;
    private static String draft;
    private static String artist;
    private static String venue;
    private static String city;
    private static String category;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @BeforeAll
    static void aCatalog() throws Exception {
        tag = Long.toString(System.nanoTime(), 36);
        long cityId = TestCatalog.city("Findable City " + tag);
        long categoryId = TestCatalog.category("Findable Shows " + tag);
        long artistId = TestCatalog.artist("Findable Band " + tag);
        long venueId = TestCatalog.venue("Findable Hall " + tag, cityId);
        long eventId = TestCatalog.publishedEvent("Findable Night " + tag, categoryId, artistId);
        TestDatabase.update(
                "insert into event_session (id, event_id, venue_id, starts_at, ends_at, sales_start, sales_end,"
                        + " status, currency) select nextval('event_session_seq'), ?, ?, t, t + interval '2 hours',"
                        + " now() - interval '1 minute', t, 'SCHEDULED', default_currency from platform_settings,"
                        + " (select now() + interval '30 days' as t) s",
                eventId,
                venueId);
        long draftId = TestCatalog.publishedEvent("Findable Draft " + tag, categoryId);
        TestDatabase.update("update event set status = 'DRAFT', published_at = null where id = ?", draftId);
        event = TestCatalog.slug("Findable Night " + tag);
        draft = TestCatalog.slug("Findable Draft " + tag);
        artist = TestCatalog.slug("Findable Band " + tag);
        venue = TestCatalog.slug("Findable Hall " + tag);
        city = TestDatabase.string("select slug from city where id = ?", cityId);
        category = TestDatabase.string("select slug from category where id = ?", categoryId);
    }

    private static List<String> publicPages() {
        return List.of(
                "/",
                "/events/" + event,
                "/artists/" + artist,
                "/venues/" + venue,
                "/cities/" + city,
                "/categories/" + category,
                "/artists",
                "/venues",
                "/blog",
                "/terms",
                "/faq");
    }

    @Test
    void everyPublicPageNamesItsAddressItsLanguagesAndADescription() throws Exception {
        for (String page : publicPages()) {
            HttpResponse<String> answer = get(page);
            assertEquals(200, answer.statusCode(), page);
            String html = answer.body();
            String address = BASE + page.replaceAll("/$", "") + (page.equals("/") ? "/" : "");
            assertEquals(List.of(address), all(html, "<link rel=\"canonical\" href=\"([^\"]*)\""), page);
            for (String[] version : new String[][] {{"en", "?lang=en"}, {"de", "?lang=de"}, {"x-default", ""}}) {
                assertTrue(
                        html.contains("<link rel=\"alternate\" hreflang=\"" + version[0] + "\" href=\"" + address
                                + version[1] + "\""),
                        page + " names its " + version[0] + " version");
            }
            List<String> descriptions = all(html, "<meta name=\"description\" content=\"([^\"]*)\"");
            assertEquals(1, descriptions.size(), page);
            assertFalse(descriptions.get(0).isBlank(), page);
            assertTrue(descriptions.get(0).length() <= 200, page + ": " + descriptions.get(0));
            assertFalse(html.contains("name=\"robots\""), page);
            for (String image : all(html, "(<img\\b[^>]*>)")) {
                assertTrue(
                        image.contains(" alt=\"") || image.contains("role=\"presentation\""),
                        page + ": a picture without a text alternative: " + image);
            }
        }
    }

    @Test
    void aLanguageVersionAnswersInItsLanguageAndNamesItself() throws Exception {
        String html = get("/events/" + event + "?lang=de&utm_source=mail").body();
        assertTrue(Pattern.compile("<html[^>]*\\blang=\"de\"").matcher(html).find(), "German");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + BASE + "/events/" + event + "?lang=de\""));
        assertTrue(Pattern.compile("<html[^>]*\\blang=\"en\"")
                .matcher(get("/events/" + event + "?lang=en").body())
                .find());
    }

    @Test
    void privatePagesAndSearchesThatFindNothingAreNotIndexed() throws Exception {
        for (String page : List.of("/search?q=nothing" + tag, "/login.xhtml", "/checkout/", "/account/orders.xhtml")) {
            String html = get(page).body();
            assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\""), page);
            assertFalse(html.contains("rel=\"canonical\""), page);
        }
    }

    @Test
    void searchResultsAreIndexedUnderTheirWords() throws Exception {
        String html = get("/search?q=Findable+%20" + tag + "&utm_source=mail").body();
        assertTrue(html.contains("Findable Night " + tag), "the search finds the event");
        assertFalse(html.contains("name=\"robots\""));
        assertEquals(
                List.of(BASE + "/search?q=findable+" + tag), all(html, "<link rel=\"canonical\" href=\"([^\"]*)\""));
        assertEquals(
                1, all(html, "<meta name=\"description\" content=\"([^\"]*)\"").size());
    }

    @Test
    void theSitemapLeadsToEveryPublishedPageAndNoDraft() throws Exception {
        HttpResponse<String> index = get("/sitemap.xml");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        List<String> files = all(index.body(), "<loc>([^<]*)</loc>");
        assertTrue(files.contains(BASE + "/sitemaps/pages.xml"), files.toString());
        Set<String> addresses = new TreeSet<>();
        for (String file : files) {
            HttpResponse<String> part = get(file.substring(BASE.length()));
            assertEquals(200, part.statusCode(), file);
            assertTrue(part.body().contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), file);
            addresses.addAll(all(part.body(), "<loc>([^<]*)</loc>"));
        }
        for (String page : publicPages()) {
            String address = BASE + page.replaceAll("/$", "") + (page.equals("/") ? "/" : "");
            assertTrue(addresses.contains(address), address + " is in the sitemap");
        }
        assertFalse(addresses.contains(BASE + "/events/" + draft), "a draft is not");
        assertEquals(404, get("/sitemaps/events-999.xml").statusCode());
        assertEquals(404, get("/sitemaps/nonsense.xml").statusCode());
    }

    /**
     * A catalog page uses no PrimeFaces widget, so it loads none of PrimeFaces' scripts, its theme,
     * its components' styles, its icon font or its translations (org.marquee.web.resources.Theme,
     * WidgetlessHead): nothing render-blocking but ours. Nor do the sign-in, the registration and
     * the password reset, plain Faces forms as the checkout's. A page with widgets (a staff panel's
     * sign-in, whose layout shows PrimeFaces' messages) still gets them all.
     */
    @Test
    void publicPagesWithoutWidgetsLoadNoPrimeFaces() throws Exception {
        List<String> pages = new ArrayList<>(publicPages());
        pages.add("/search?q=" + tag);
        pages.add("/newsletter");
        pages.add("/login.xhtml");
        pages.add("/account/register.xhtml");
        pages.add("/account/forgot-password.xhtml");
        pages.add("/account/reset-password.xhtml?token=unknown");
        for (String page : pages) {
            String body = get(page).body();
            for (String heavy : List.of(
                    "jquery/jquery.js",
                    "core.js",
                    "components.js",
                    "components.css",
                    "theme.css",
                    "primeicons/primeicons.css",
                    "locales/locale-")) {
                assertFalse(body.contains("/jakarta.faces.resource/" + heavy), page + " loads " + heavy);
            }
        }
        String staffSignIn = get("/admin/login.xhtml").body();
        for (String heavy : List.of("jquery/jquery.js", "components.js", "theme.css")) {
            assertTrue(staffSignIn.contains("/jakarta.faces.resource/" + heavy), "staff sign-in has widgets: " + heavy);
        }
    }

    @Test
    void robotsNameTheSitemap() throws Exception {
        assertTrue(get("/robots.txt").body().contains("\nSitemap: " + BASE + "/sitemap.xml\n"));
    }

    @Test
    void noResourceOfAPublicPageIsMissingAndVersionedOnesAreKeptForAYear() throws Exception {
        Set<String> resources = new TreeSet<>();
        List<String> pages = new ArrayList<>(publicPages());
        pages.add("/search?q=" + tag);
        pages.add("/login.xhtml");
        pages.add("/checkout/");
        for (String page : pages) {
            String body = get(page).body();
            resources.addAll(all(body, RESOURCE.pattern()));
            for (String srcset : all(body, SRCSET.pattern())) {
                resources.addAll(candidates(srcset));
            }
        }
        assertTrue(resources.stream().anyMatch(r -> r.contains("marquee.css")), resources.toString());
        for (String resource : resources) {
            String path = resource.replace("&amp;", "&");
            HttpResponse<String> answer = get(path);
            assertEquals(200, answer.statusCode(), path);
            if (path.contains("jakarta.faces.resource")) {
                assertTrue(path.contains("v="), path + " carries its version");
                assertEquals(
                        "public, max-age=31536000, immutable",
                        answer.headers().firstValue("Cache-Control").orElse(""),
                        path);
            }
        }
    }

    private static List<String> all(String text, String pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The addresses on this site in a srcset: "/images/9/small.webp 320w, /images/9/card.webp 640w". */
    private static List<String> candidates(String srcset) {
        return Arrays.stream(srcset.split(","))
                .map(candidate -> candidate.strip().split("\\s+")[0])
                .filter(address -> address.startsWith("/"))
                .toList();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(BASE + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
