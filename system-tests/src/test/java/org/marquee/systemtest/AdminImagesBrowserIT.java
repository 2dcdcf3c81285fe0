package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Pictures through the admin panel: a real PNG uploaded to an artist replaces a poster it shares
 * with another artist and shows on the public page, served with long-lived cache headers; removing it leaves the
 * placeholder; a file that is not a picture and one that is too large get the field's message,
 * and neither the database nor the image directory changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminImagesBrowserIT {

    private static final Path IMAGES = Path.of(System.getProperty("marquee.images.dir", "target/images-marquee_it"));

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path uploads;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void anUploadedPngReplacesAnArtistsPictureOnThePublicPageAndIsReplacedAndRemovedInTurn() throws Exception {
        String tag = "ai" + System.nanoTime();
        long artist = TestCatalog.artist("Pictured " + tag);
        long other = TestCatalog.artist("Also pictured " + tag);
        String slug = TestDatabase.string("select slug from artist where id = " + artist);
        Path png = write("stage.png", png(2000, 1000));
        Path jpeg = write("second.jpg", encoded(picture(1200, 900, new Color(30, 140, 90)), "jpeg"));

        try (Browser browser = loggedInAdmin()) {
            // A poster that two artists show, the way one image serves several owners (V5).
            long poster = upload(browser, "/admin/artist.xhtml?id=" + artist, "poster.jpg", "artist", artist);
            TestDatabase.update("update artist set image_id = ? where id = ?", poster, other);
            assertTrue(
                    TestDatabase.count("select count(*) from artist where image_id = ?", poster) > 1,
                    "the poster is shared");
            browser.open("/admin/artist.xhtml?id=" + artist);
            assertTrue(browser.find("#image .mq-image-current")
                    .getDomAttribute("src")
                    .equals("/images/" + poster + "/card.jpg"));
            chooseFile(browser, png);
            browser.click("#image\\:form\\:upload");
            browser.expectText(Browser.INFO, "Picture saved.");
            showComponent(browser);
            browser.screenshot("admin-artist-image");

            long uploaded = TestDatabase.count("select image_id from artist where id = ?", artist);
            assertNotEquals(poster, uploaded);
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from image where id = ? and content_type = 'image/png' and width = 2000",
                            uploaded));
            assertTrue(Files.isRegularFile(imageFile(poster, "hero.jpg")), "the poster others show stays");
            assertTrue(browser.text("#history").contains("image stage.png (2000\u00d71000)"));

            browser.open("/artists/" + slug);
            assertEquals(
                    "/images/" + uploaded + "/hero.jpg",
                    browser.find("img.mq-picture-hero").getDomAttribute("src"));
            assertEquals(
                    Deployments.url("/images/" + uploaded + "/hero.jpg"),
                    browser.driver()
                            .findElement(By.cssSelector("meta[property='og:image']"))
                            .getDomAttribute("content"));
            browser.waitFor().until(loaded -> (Boolean) ((JavascriptExecutor) browser.driver())
                    .executeScript("const i = document.querySelector('img.mq-picture-hero');"
                            + " return i.complete && i.naturalWidth > 0;"));
            browser.screenshot("public-artist-image");

            HttpResponse<byte[]> served = get("/images/" + uploaded + "/hero.jpg", null);
            assertEquals(200, served.statusCode());
            assertEquals(
                    "image/jpeg", served.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(
                    "public, max-age=31536000, immutable",
                    served.headers().firstValue("Cache-Control").orElseThrow());
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served.body()));
            assertEquals(1600, decoded.getWidth());
            assertEquals(800, decoded.getHeight());
            String etag = served.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, get("/images/" + uploaded + "/hero.jpg", etag).statusCode());
            assertEquals(404, get("/images/" + uploaded + "/original.jpg", null).statusCode());
            assertEquals(404, get("/images/999999999/hero.jpg", null).statusCode());

            // The browser took the WebP source; each size is also kept as WebP, and a file an
            // image lacks (kept before that size or format existed) is made on request and kept.
            String shown = (String) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.querySelector('img.mq-picture-hero').currentSrc");
            assertTrue(shown.matches(".*/images/" + uploaded + "/(card|large|hero)\\.webp"), shown);
            HttpResponse<byte[]> webp = get("/images/" + uploaded + "/large.webp", null);
            assertEquals(200, webp.statusCode());
            assertEquals("image/webp", webp.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("WEBP", new String(webp.body(), 8, 4, StandardCharsets.US_ASCII));
            Files.delete(imageFile(uploaded, "small.webp"));
            Files.delete(imageFile(uploaded, "small.jpg"));
            HttpResponse<byte[]> remade = get("/images/" + uploaded + "/small.jpg", null);
            assertEquals(200, remade.statusCode());
            assertEquals(
                    320, ImageIO.read(new ByteArrayInputStream(remade.body())).getWidth());
            assertEquals(200, get("/images/" + uploaded + "/small.webp", null).statusCode());
            assertTrue(Files.isRegularFile(imageFile(uploaded, "small.webp")), "made once, then kept");
            assertEquals(404, get("/images/999999999/small.webp", null).statusCode());

            browser.open("/admin/artist.xhtml?id=" + artist);
            chooseFile(browser, jpeg);
            browser.click("#image\\:form\\:upload");
            browser.expectText(Browser.INFO, "Picture saved.");
            long second = TestDatabase.count("select image_id from artist where id = ?", artist);
            assertNotEquals(uploaded, second);
            assertEquals(0, TestDatabase.count("select count(*) from image where id = ?", uploaded), "replaced");
            assertFalse(Files.exists(imageFile(uploaded, "hero.jpg")), "with its files");
            assertEquals(404, get("/images/" + uploaded + "/hero.jpg", null).statusCode());

            browser.click("#image\\:form\\:remove");
            browser.click("#image\\:form\\:remove-yes");
            browser.expectText(Browser.INFO, "Picture removed.");
            assertEquals(
                    0, TestDatabase.count("select count(*) from artist where id = ? and image_id is not null", artist));
            assertEquals(0, TestDatabase.count("select count(*) from image where id = ?", second));
            assertFalse(Files.exists(imageFile(second, "hero.jpg")));

            browser.open("/artists/" + slug);
            assertTrue(browser.has(".mq-picture-hero.mq-picture-none"), "a placeholder instead");
            assertFalse(browser.has("meta[property='og:image']"));
        }
    }

    @Test
    void aNonImageAndAnOversizedFileGetTheFieldMessageAndSaveNothing() throws Exception {
        long artist = TestCatalog.artist("Refused pictures " + System.nanoTime());
        Path text = write("poster.png", "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8));
        Path large = write("large.png", Arrays.copyOf(png(1200, 800), 6 * 1024 * 1024));
        Path huge = write("huge.png", Arrays.copyOf(png(1200, 800), 12 * 1024 * 1024));
        long poster;
        long images;
        long audit;
        List<String> files;

        try (Browser browser = loggedInAdmin()) {
            poster = upload(browser, "/admin/artist.xhtml?id=" + artist, "poster.jpg", "artist", artist);
            images = TestDatabase.count("select count(*) from image");
            audit = TestDatabase.count("select count(*) from audit_entry");
            files = files();
            browser.open("/admin/artist.xhtml?id=" + artist);
            browser.click("#image\\:form\\:upload");
            assertEquals("Choose a picture file to upload.", fieldMessage(browser));

            chooseFile(browser, text);
            browser.click("#image\\:form\\:upload");
            browser.waitFor().until(ignored -> fieldMessage(browser).startsWith("This file is not a picture."));

            chooseFile(browser, large);
            browser.click("#image\\:form\\:upload");
            browser.waitFor().until(ignored -> fieldMessage(browser)
                    .equals("This file is 6.0 MB; a picture can be at most 5 MB."));
            showComponent(browser);
            browser.screenshot("admin-artist-image-refused");

            // Beyond the server's request limit the page itself refuses, with the same message.
            chooseFile(browser, huge);
            browser.click("#image\\:form\\:upload");
            assertEquals(
                    "This file is 12.0 MB; a picture can be at most 5 MB.", browser.text("#image .mq-image-too-large"));
            assertFalse(browser.has(Browser.INFO));
        }
        assertEquals(poster, TestDatabase.count("select image_id from artist where id = ?", artist));
        assertEquals(images, TestDatabase.count("select count(*) from image"));
        assertEquals(audit, TestDatabase.count("select count(*) from audit_entry"));
        assertEquals(files, files(), "no file written, none left behind");
    }

    @Test
    void aVenueTakesAPictureThroughTheSameComponent() throws Exception {
        // A hall of the class's own whose published event has a picture of its own.
        BurstArena hall = BurstArena.create(1, 4, 10, 1);
        TestDatabase.update("update event set featured = true where id = ?", hall.eventId());
        long venue = hall.venueId();
        String slug = TestDatabase.string("select slug from venue where id = " + venue);
        Path jpeg = write("hall.jpg", encoded(picture(900, 600, new Color(30, 140, 90)), "jpeg"));

        try (Browser browser = loggedInAdmin()) {
            upload(browser, "/admin/event.xhtml?id=" + hall.eventId(), "show.jpg", "event", hall.eventId());
            browser.open("/admin/venue.xhtml?id=" + venue);
            chooseFile(browser, jpeg);
            browser.click("#image\\:form\\:upload");
            browser.expectText(Browser.INFO, "Picture saved.");
            long image = TestDatabase.count("select image_id from venue where id = ?", venue);
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from image where id = ? and content_type = 'image/jpeg' and width = 900",
                            image));

            browser.open("/venues/" + slug);
            assertTrue(
                    browser.find("img.mq-picture-hero").getAttribute("src").endsWith("/images/" + image + "/hero.jpg"));
            assertEquals("900", browser.find("img.mq-picture-hero").getDomAttribute("width"), "never enlarged");

            browser.open("/venues/" + slug);
            WebElement card = browser.find("img.mq-picture-card");
            assertTrue(card.getDomAttribute("src").matches("/images/\\d+/card\\.jpg"), "the event's picture");
            assertEquals("640", card.getDomAttribute("width"));
            assertEquals("360", card.getDomAttribute("height"));
            assertEquals("eager", card.getDomAttribute("loading"), "the first card is above the fold");
            browser.open("/");
            browser.find("img.mq-picture-card");
            browser.screenshot("public-home-cards");
        }
    }

    /** Uploads a picture through the page's image component; the id of the image the owner (a table) then shows. */
    private long upload(Browser browser, String page, String name, String table, long owner) throws Exception {
        Path file = write(name, encoded(picture(1200, 675, new Color(200, 120, 40)), "jpeg"));
        browser.open(page);
        chooseFile(browser, file);
        browser.click("#image\\:form\\:upload");
        browser.expectText(Browser.INFO, "Picture saved.");
        return TestDatabase.count("select image_id from " + table + " where id = ?", owner);
    }

    private static void showComponent(Browser browser) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('image').scrollIntoView({block: 'center'});");
    }

    private static String fieldMessage(Browser browser) {
        return browser.text("#image .ui-message-error-detail");
    }

    private static void chooseFile(Browser browser, Path file) {
        browser.driver().findElement(By.cssSelector("#image input[type=file]")).sendKeys(file.toString());
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.url(path)));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(uploads.resolve(name), content);
    }

    private static Path imageFile(long id, String variant) {
        return IMAGES.resolve(String.format("%03d", id % 1000))
                .resolve(Long.toString(id))
                .resolve(variant);
    }

    /** Every file in the image store, temporary ones included. */
    private static List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(IMAGES)) {
            return all.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage picture = picture(width, height, new Color(180, 35, 90));
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return encoded(picture, "png");
    }

    private static BufferedImage picture(int width, int height, Color colour) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return picture;
    }

    private static byte[] encoded(BufferedImage picture, String format) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        assertTrue(ImageIO.write(picture, format, bytes));
        return bytes.toByteArray();
    }

    private static Browser loggedInAdmin() {
        Browser browser = new Browser();
        browser.open("/admin/");
        browser.logIn(TestAccounts.admin(), TestAccounts.PASSWORD);
        browser.waitForPath("/admin/");
        return browser;
    }
}
