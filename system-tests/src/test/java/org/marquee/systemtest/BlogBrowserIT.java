package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A marketing editor writing the blog, and what visitors then see: preview, schedule, publish,
 * the public list, category and post pages, the Atom feed and the event page's related posts;
 * script payloads neutralised everywhere a post shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlogBrowserIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter TYPED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Set by any payload that runs: title, excerpt or body. */
    private static final String RAN = "return window.xssTitle || window.xssExcerpt || window.xssBody || null";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void anEditorWritesPreviewsSchedulesAndPublishesAPostThatVisitorsThenSee() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        String title = "Season opener " + tag;
        String categoryName = "Interviews " + tag;
        // A published event with a session, of this test's own.
        String eventSlug = TestDatabase.string(
                "select slug from event where id = ?",
                BurstArena.create(1, 4, 10, 1).eventId());
        String eventTitle = TestDatabase.string("select title from event where slug = '" + eventSlug + "'");
        try (Browser browser = loggedInEditor()) {
            browser.open("/marketing/categories.xhtml");
            browser.type("#add\\:name", categoryName);
            browser.click("#add\\:save");
            browser.waitFor().until(ignored -> browser.text("#list").contains(categoryName));

            browser.open("/marketing/post.xhtml");
            browser.type("#editor\\:title", title);
            browser.type("#editor\\:excerpt", "Who opens the season, and why it matters.");
            browser.find("#editor\\:body .ql-editor").sendKeys("The season opens on the big stage.");
            choose(browser, "#editor\\:category", categoryName);
            pickEvent(browser, eventTitle);

            browser.click("#editor\\:preview");
            browser.waitFor().until(ignored -> browser.has("#preview #post-title"));
            assertEquals(title, browser.text("#preview #post-title"));
            assertEquals("The season opens on the big stage.", browser.text("#preview #post-body"));
            assertTrue(browser.has("#preview #post-events a[href='/events/" + eventSlug + "']"));
            assertEquals(0, TestDatabase.count("select count(*) from blog_post where title = ?", title), "unsaved");
            browser.screenshot("blog-preview");

            Instant publishAt = Instant.now().plusSeconds(20).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            browser.type("#editor\\:publishAt", TYPED.format(publishAt));
            browser.click("#editor\\:schedule");
            browser.waitFor().until(ignored -> browser.text(Browser.INFO).startsWith("Scheduled"));
            assertEquals("Scheduled", browser.text("#post-status"));
            String slug = TestDatabase.string("select slug from blog_post where title = '" + title + "'");
            assertNotNull(slug);

            browser.driver()
                    .findElement(By.cssSelector("#image input[type=file]"))
                    .sendKeys(cover().toString());
            browser.click("#image\\:form\\:upload");
            browser.waitFor().until(ignored -> browser.text(Browser.INFO).equals("Picture saved."));

            try (Browser visitor = new Browser()) {
                visitor.open("/blog/" + slug);
                assertTrue(visitor.has("#error-404"), "a scheduled post is hidden until its time");
                visitor.open("/blog");
                assertFalse(visitor.text("main").contains(title));
                assertFalse(feed().contains(tag));

                // Nothing runs at the publish time: the post appears once its time has come.
                visitor.waitFor()
                        .withTimeout(Duration.ofSeconds(60))
                        .pollingEvery(Duration.ofSeconds(2))
                        .until(ignored -> {
                            visitor.open("/blog/" + slug);
                            return visitor.has("#post-title");
                        });
                assertFalse(Instant.now().isBefore(publishAt), "not before its publish time");
                assertEquals(title, visitor.text("#post-title"));
                String editor = TestDatabase.string(
                        "select display_name from app_user where email = ?", TestAccounts.staff(Role.MARKETING));
                assertTrue(visitor.text("#post-byline").startsWith(editor), visitor.text("#post-byline"));
                assertTrue(visitor.has("#post-events a[href='/events/" + eventSlug + "']"));
                assertEquals(title + " · Marquee", visitor.driver().getTitle());
                assertTrue(
                        visitor.find("#post img.mq-post-cover")
                                .getAttribute("src")
                                .contains("/images/"),
                        "the cover");
                visitor.screenshot("blog-post");

                visitor.open("/blog");
                assertTrue(
                        visitor.has("#posts li[data-slug='" + slug + "'] img.mq-picture-card"),
                        "the cover in the list");
                visitor.click("#posts li[data-slug='" + slug + "'] a[href^='/blog/category/']");
                visitor.waitFor().until(ignored -> visitor.path().startsWith("/blog/category/"));
                assertEquals("Blog: " + categoryName, visitor.text("#blog-heading"));
                assertTrue(visitor.has("#posts li[data-slug='" + slug + "']"));

                Document atom = atom();
                Element entry = entry(atom, title);
                assertNotNull(entry, "the post is in the feed");
                assertEquals(
                        Deployments.url("/blog/" + slug), child(entry, "id").getTextContent());
                assertTrue(child(entry, "content").getTextContent().contains("The season opens on the big stage."));

                visitor.open("/events/" + eventSlug);
                assertTrue(visitor.has("#event-posts a[href='/blog/" + slug + "']"), "the event links the post");

                browser.open("/marketing/posts.xhtml");
                filterPanelList(browser, tag);
                assertTrue(browser.text("#posts\\:table_data").contains("Published"), "its time has come");

                browser.click("#posts\\:table_data a");
                browser.click("#editor\\:withdraw");
                browser.waitFor().until(ignored -> browser.text("#post-status").equals("Draft"));
                visitor.open("/blog/" + slug);
                assertTrue(visitor.has("#error-404"), "a withdrawn post is hidden again");

                browser.click("#editor\\:publish");
                browser.waitFor().until(ignored -> browser.text("#post-status").equals("Published"));
                visitor.open("/blog/" + slug);
                assertEquals(title, visitor.text("#post-title"));
                assertTrue(browser.text("#history").contains("scheduled for"));
                assertTrue(browser.text("#history").contains(TestAccounts.staff(Role.MARKETING)));
            }
        }
    }

    @Test
    void scriptPayloadsInTitleExcerptAndBodyAreNeutralisedOnEveryPage() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        String title = "<script>window.xssTitle=1</script><img src=x onerror=\"window.xssTitle=2\"> Payload " + tag;
        String body = "<p>Body " + tag + "</p><script>window.xssBody=1</script>"
                + "<img src=\"x\" onerror=\"window.xssBody=2\"><a id=\"js-link\" href=\"javascript:window.xssBody=3\">click</a>"
                + "<p onmouseover=\"window.xssBody=4\">hover</p><iframe src=\"javascript:parent.xssBody=5\"></iframe>";
        String categoryName = "Payloads " + tag;
        // A published event with a session, of this test's own.
        String eventSlug = TestDatabase.string(
                "select slug from event where id = ?",
                BurstArena.create(1, 4, 10, 1).eventId());
        String eventTitle = TestDatabase.string("select title from event where slug = '" + eventSlug + "'");
        try (Browser browser = loggedInEditor()) {
            browser.open("/marketing/categories.xhtml");
            browser.type("#add\\:name", categoryName);
            browser.click("#add\\:save");
            browser.waitFor().until(ignored -> browser.text("#list").contains(categoryName));

            browser.open("/marketing/post.xhtml");
            browser.type("#editor\\:title", title);
            browser.type("#editor\\:excerpt", "<img src=x onerror=\"window.xssExcerpt=1\"> excerpt");
            choose(browser, "#editor\\:category", categoryName);
            pickEvent(browser, eventTitle);
            // What a crafted request sends: the editor's own field bypassed, raw HTML posted.
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('editor:body_input').value = arguments[0];", body);

            browser.click("#editor\\:preview");
            browser.waitFor().until(ignored -> browser.has("#preview #post-title"));
            assertNeutralised(browser, "#preview", title, tag);
            assertFalse(browser.has("#preview #js-link[href]"), "the javascript: link has no address");

            browser.click("#editor\\:publish");
            browser.waitFor().until(ignored -> browser.has("#post-status"));
            assertNull(script(browser, RAN), "the editor page after saving");
            String stored = TestDatabase.string("select body from blog_post where title like '%Payload " + tag + "'");
            assertFalse(stored.contains("<script"), stored);
            assertFalse(stored.contains("onerror"), stored);
            assertFalse(stored.contains("javascript:"), stored);
            String slug = TestDatabase.string("select slug from blog_post where title like '%Payload " + tag + "'");

            browser.open("/marketing/posts.xhtml");
            filterPanelList(browser, tag);
            assertTrue(
                    browser.text("#posts\\:table_data").contains("<script>window.xssTitle=1</script>"),
                    "shown as text");
            assertNull(script(browser, RAN), "the panel's post list");
            assertFalse(browser.has("#posts\\:table_data img, #posts\\:table_data script"));

            try (Browser visitor = new Browser()) {
                visitor.open("/blog/" + slug);
                assertNeutralised(visitor, "#post", title, tag);

                visitor.open("/blog");
                assertTrue(visitor.text("#posts").contains("<script>window.xssTitle=1</script>"), "shown as text");
                assertNull(script(visitor, RAN), "the public post list");
                assertFalse(visitor.has("#posts img, #posts script"));

                visitor.click("#posts li[data-slug='" + slug + "'] a[href^='/blog/category/']");
                visitor.waitFor().until(ignored -> visitor.path().startsWith("/blog/category/"));
                assertTrue(visitor.text("#posts").contains("<script>window.xssTitle=1</script>"), "shown as text");
                assertNull(script(visitor, RAN), "the category page");
                assertFalse(visitor.has("#posts img, #posts script"));

                visitor.open("/events/" + eventSlug);
                assertTrue(
                        visitor.text("#event-posts").contains("<script>window.xssTitle=1</script>"), "shown as text");
                assertNull(script(visitor, RAN), "the event page's related posts");
                assertFalse(visitor.has("#event-posts img, #event-posts script"));
            }

            String raw = feed();
            assertFalse(raw.contains("<script"), "no markup survives in the feed's source");
            assertFalse(raw.contains("<img"), "no markup survives in the feed's source");
            Element entry = entry(atom(), title);
            assertNotNull(entry, "the title is text in the feed, exactly as typed");
            String content = child(entry, "content").getTextContent();
            assertTrue(content.contains("Body " + tag));
            assertFalse(content.contains("<script"), content);
            assertFalse(content.contains("onerror"), content);
            assertFalse(content.contains("onmouseover"), content);
            assertFalse(content.contains("javascript:"), content);
            assertFalse(content.contains("<iframe"), content);

            browser.open(
                    "/marketing/post.xhtml?id=" + TestDatabase.count("select id from blog_post where slug = ?", slug));
            browser.click("#editor\\:delete");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForPath("/marketing/posts.xhtml");
            assertEquals(0, TestDatabase.count("select count(*) from blog_post where slug = ?", slug));
        }
    }

    /**
     * Issue 12 item 21, issue 13 item 13: an editor uploads a picture to the post's pictures and
     * inserts it into the body; it is saved and shown on the public page. A picture pasted as a
     * data: address is taken out at once with a word; one from another host is left out on save,
     * with a warning, and so is a protocol-relative link.
     */
    @Test
    void anEditorInsertsAnUploadedPictureAndIsToldWhenAForeignOneCannotStay() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        String title = "Pictures " + tag;
        try (Browser browser = loggedInEditor()) {
            browser.open("/marketing/post.xhtml");
            browser.type("#editor\\:title", title);
            browser.find("#editor\\:body .ql-editor").sendKeys("Before the picture. ");
            browser.click("#editor\\:save");
            browser.waitFor().until(ignored -> browser.has("#post-pictures"));
            long postId = TestDatabase.count("select id from blog_post where title = ?", title);

            browser.driver()
                    .findElement(By.cssSelector("#pictures input[type=file]"))
                    .sendKeys(cover().toString());
            browser.waitFor().until(ignored -> browser.has("#pictures .mq-insert-picture"));
            assertEquals(1, TestDatabase.count("select count(*) from blog_post_picture where post_id = ?", postId));
            browser.screenshot("blog-pictures");

            // The toolbar's picture button points to the post's pictures instead of a file dialog.
            browser.click("#editor\\:body .ql-image");
            browser.waitFor().until(ignored -> browser.find("#picture-notice").isDisplayed());
            assertTrue(
                    browser.text("#picture-notice").contains("Pictures for the post"), browser.text("#picture-notice"));

            browser.click("#pictures .mq-insert-picture");
            // The editor holds the site's own pictures with the site's origin (PictureAddresses).
            browser.waitFor().until(ignored -> browser.has("#editor\\:body .ql-editor img[src*='/images/']"));

            // A pasted data: picture is taken out at once, and the editor is told so.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("var q = PF('bodyEditor').editor;"
                            + " q.clipboard.dangerouslyPasteHTML(q.getLength() - 1,"
                            + " '<img src=\"data:image/png;base64,iVBORw0KGgo=\">', 'user');");
            browser.waitFor()
                    .until(ignored -> browser.find("#picture-notice").isDisplayed()
                            && browser.text("#picture-notice").contains("cannot be kept"));
            assertFalse(browser.has("#editor\\:body .ql-editor img[src^='data:']"));
            assertEquals(
                    1,
                    browser.driver()
                            .findElements(By.cssSelector("#editor\\:body .ql-editor img"))
                            .size());
            browser.screenshot("blog-picture-notice");

            browser.click("#editor\\:save");
            browser.waitFor().until(ignored -> browser.text(Browser.INFO).startsWith("Saved"));
            String body = TestDatabase.string("select body from blog_post where id = " + postId);
            assertTrue(body.matches("(?s).*<img src=\"/images/[0-9]+/card\\.jpg\".*"), body);

            // A picture of another host and a protocol-relative link survive the editor's own
            // sanitiser; the blog's rule leaves them out, and says so.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('editor:body_input').value ="
                            + " PF('bodyEditor').editor.root.innerHTML + '<p><img src=\"https://elsewhere.example/t.gif\">"
                            + "<a href=\"//elsewhere.example/x\">there</a></p>';");
            browser.click("#editor\\:save");
            browser.waitFor().until(ignored -> browser.has(Browser.WARN));
            assertTrue(browser.text(Browser.WARN).contains("left out"), browser.text(Browser.WARN));
            body = TestDatabase.string("select body from blog_post where id = " + postId);
            assertFalse(body.contains("elsewhere.example"), body);
            assertTrue(body.contains("there"), "the words stay");

            browser.click("#editor\\:publish");
            browser.waitFor().until(ignored -> browser.text(Browser.INFO).startsWith("Published"));
            String slug = TestDatabase.string("select slug from blog_post where id = " + postId);
            try (Browser visitor = new Browser()) {
                visitor.open("/blog/" + slug);
                assertTrue(visitor.find("#post-body img").getAttribute("src").matches(".*/images/[0-9]+/card\\.jpg"));
                Object loaded = ((org.openqa.selenium.JavascriptExecutor) visitor.driver())
                        .executeScript("return document.querySelector('#post-body img').naturalWidth > 0");
                assertTrue((Boolean) loaded, "the picture is served");
                visitor.screenshot("blog-post-picture");
            }
        }
        try (Browser phone = new Browser(412, 915)) {
            phone.open("/marketing/");
            phone.logIn(TestAccounts.staff(Role.MARKETING), TestAccounts.PASSWORD);
            phone.waitForPath("/marketing/");
            phone.open("/marketing/post.xhtml?id="
                    + TestDatabase.count("select id from blog_post where title = ?", title));
            ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("document.getElementById('post-pictures').scrollIntoView()");
            phone.screenshot("blog-pictures-phone");
        }
    }

    @Test
    void badInputGetsFieldMessagesAndSavesNothing() throws Exception {
        long posts = TestDatabase.count("select count(*) from blog_post");
        try (Browser browser = loggedInEditor()) {
            browser.open("/marketing/post.xhtml");
            browser.click("#editor\\:save");
            browser.expectText("#editor .ui-message-error-detail", "A post needs a title.");

            browser.type("#editor\\:title", "Never saved");
            browser.find("#editor\\:body .ql-editor").sendKeys("Some text.");
            browser.click("#editor\\:schedule");
            browser.waitFor().until(ignored -> browser.text("#editor .ui-message-error-detail")
                    .equals("Enter when the post should appear."));

            browser.type("#editor\\:publishAt", "next friday");
            browser.click("#editor\\:schedule");
            browser.waitFor().until(ignored -> browser.text("#editor .ui-message-error-detail")
                    .startsWith("Enter a moment as year-month-day"));

            browser.type("#editor\\:publishAt", "2020-01-01 10:00");
            browser.click("#editor\\:schedule");
            browser.waitFor().until(ignored -> browser.text("#editor .ui-message-error-detail")
                    .startsWith("This moment has passed."));
        }
        assertEquals(posts, TestDatabase.count("select count(*) from blog_post"));
    }

    @Test
    void aPostThatIsNotPublicIsNotFoundAndTheFeedIsValidAtom() throws Exception {
        try (Browser visitor = new Browser()) {
            visitor.open("/blog/no-such-post");
            assertTrue(visitor.has("#error-404"));
            visitor.open("/blog/category/no-such-category");
            assertTrue(visitor.has("#error-404"));
            visitor.open("/blog/Not_A_Slug");
            assertTrue(visitor.has("#error-404"));
        }
        HttpResponse<String> response = get("/blog/feed.atom");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Element feed = atom().getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertNotNull(child(feed, required), "an Atom feed has " + required);
        }
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link", "content")) {
                assertNotNull(child(entry, required), "an Atom entry has " + required);
            }
        }
    }

    /** Nothing of the payloads ran or is live in the element; the title shows as typed. */
    private static void assertNeutralised(Browser browser, String scope, String title, String tag) {
        assertEquals(title, browser.text(scope + " #post-title"), "the title is shown as text");
        assertTrue(browser.text(scope + " #post-body").contains("Body " + tag));
        assertNull(script(browser, RAN), "no payload ran on " + browser.path());
        Long live = script(
                browser,
                "return document.querySelectorAll(arguments[0] + ' script, ' + arguments[0] + ' iframe, '"
                        + " + arguments[0] + ' [onerror], ' + arguments[0] + ' [onmouseover], '"
                        + " + arguments[0] + ' [href^=\"javascript\"]').length;",
                scope);
        assertEquals(0L, live, "no live markup in " + scope + " on " + browser.path());
    }

    @SuppressWarnings("unchecked")
    private static <T> T script(Browser browser, String code, Object... arguments) {
        return (T) ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }

    /**
     * A PrimeFaces select: its items exist only once it is open. The panel fades out after the
     * choice; a click elsewhere before it is gone counts as "clicked outside" and reverts the
     * choice, so the next step waits until the panel has closed on the chosen label.
     */
    private static void choose(Browser browser, String menu, String label) {
        String panel = menu + "_panel";
        // A click on an item while the panel is still fading in may not take; open and click
        // again until the menu has closed on the chosen label.
        browser.waitFor().until(ignored -> {
            boolean open = browser.has(panel) && browser.isDisplayed(panel);
            if (!open) {
                if (label.equals(browser.text(menu + "_label"))) {
                    return true;
                }
                browser.driver().findElement(By.cssSelector(menu)).click();
                return false;
            }
            for (WebElement item : browser.driver().findElements(By.cssSelector(panel + " li"))) {
                if (label.equals(item.getAttribute("data-label")) && item.isDisplayed()) {
                    item.click();
                    break;
                }
            }
            return false;
        });
    }

    private static void pickEvent(Browser browser, String eventTitle) {
        browser.type("#editor\\:events_input", eventTitle);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ignored -> {
                    for (WebElement item : browser.driver()
                            .findElements(By.cssSelector("#editor\\:events_panel .ui-autocomplete-item"))) {
                        if (eventTitle.equals(item.getAttribute("data-item-label")) && item.isDisplayed()) {
                            item.click();
                            return true;
                        }
                    }
                    return false;
                });
        browser.waitFor().until(ignored -> browser.text("#editor\\:events").contains(eventTitle));
    }

    /** Filters the panel's post table down to the one post whose title holds the tag. */
    private static void filterPanelList(Browser browser, String tag) {
        browser.type("#posts\\:table\\:title\\:filter", tag);
        browser.waitFor()
                .until(ignored -> browser.driver()
                                .findElements(By.cssSelector("#posts\\:table_data > tr[data-ri]"))
                                .size()
                        == 1);
        browser.waitFor().until(ignored -> browser.text("#posts\\:table_data").contains(tag));
    }

    private static Browser loggedInEditor() {
        Browser browser = new Browser();
        browser.open("/marketing/");
        browser.logIn(TestAccounts.staff(Role.MARKETING), TestAccounts.PASSWORD);
        browser.waitForPath("/marketing/");
        return browser;
    }

    /** A cover picture, drawn for the test. */
    private static java.nio.file.Path cover() throws Exception {
        java.awt.image.BufferedImage picture =
                new java.awt.image.BufferedImage(1200, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(new java.awt.Color(40, 90, 160));
        g.fillRect(0, 0, 1200, 600);
        g.dispose();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("blog-cover", ".png");
        javax.imageio.ImageIO.write(picture, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }

    private static String feed() throws Exception {
        return get("/blog/feed.atom").body();
    }

    private static Document atom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed().getBytes(StandardCharsets.UTF_8)));
    }

    private static Element entry(Document atom, String title) {
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (title.equals(child(entry, "title").getTextContent())) {
                return entry;
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Deployments.url(path)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
