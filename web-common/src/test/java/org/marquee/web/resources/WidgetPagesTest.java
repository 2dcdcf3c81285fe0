package org.marquee.web.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public site and the checkout load PrimeFaces only on pages that use a widget, and the
 * layout learns that from the page's {@code widgets} parameter (its messages are PrimeFaces' then,
 * redrawn by every Ajax answer). A page that uses a PrimeFaces component, itself or through an
 * include, and does not say so would show no message after an Ajax request: this test finds it.
 */
class WidgetPagesTest {

    private static final Path TOP = Path.of("").toAbsolutePath().getParent();
    private static final Pattern INCLUDE = Pattern.compile("<ui:include src=\"([^\"#]+)\"");
    private static final String DECLARED = "<ui:param name=\"widgets\" value=\"true\"/>";

    @Test
    void everyBuyerPageWithAPrimeFacesComponentSaysItUsesWidgets() {
        List<String> undeclared = new ArrayList<>();
        int withWidgets = 0;
        for (String module : List.of("web-public", "web-gateway")) {
            Path webapp = TOP.resolve(module).resolve("src/main/webapp");
            for (Path page : pages(webapp)) {
                String text = read(page);
                if (usesPrimeFaces(webapp, text, 0)) {
                    withWidgets++;
                    if (!text.contains(DECLARED)) {
                        undeclared.add(TOP.relativize(page).toString());
                    }
                }
            }
        }
        assertEquals(List.of(), undeclared, "pages that use PrimeFaces without ui:param widgets");
        assertTrue(withWidgets >= 3, "the account pages behind the login use widgets: " + withWidgets);
    }

    @Test
    void aCatalogPageUsesNoPrimeFacesComponent() {
        Path webapp = TOP.resolve("web-public/src/main/webapp");
        for (String page :
                List.of("index.xhtml", "browse.xhtml", "event.xhtml", "artist.xhtml", "venue.xhtml", "blog.xhtml")) {
            assertTrue(!usesPrimeFaces(webapp, read(webapp.resolve(page)), 0), page + " would load PrimeFaces");
        }
    }

    /** Pages a visitor may open first, from a link or an email: plain Faces forms, as the checkout's. */
    @Test
    void theSignInAndTheAccountPagesBeforeALoginUseNoPrimeFacesComponent() {
        Path webapp = TOP.resolve("web-public/src/main/webapp");
        for (String page :
                List.of("account/register.xhtml", "account/forgot-password.xhtml", "account/reset-password.xhtml")) {
            assertTrue(!usesPrimeFaces(webapp, read(webapp.resolve(page)), 0), page + " would load PrimeFaces");
        }
        Path common = TOP.resolve("web-common/src/main/resources/META-INF/resources");
        assertTrue(
                !usesPrimeFaces(common, read(common.resolve("login.xhtml")), 0), "the sign-in would load PrimeFaces");
    }

    private static boolean usesPrimeFaces(Path webapp, String text, int depth) {
        if (text.contains("<p:")) {
            return true;
        }
        if (depth > 5) {
            return false;
        }
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            Path included = webapp.resolve(include.group(1).replaceFirst("^/", ""));
            if (Files.isRegularFile(included) && usesPrimeFaces(webapp, read(included), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The pages a browser can ask for: not the includes and templates under WEB-INF. */
    private static List<Path> pages(Path webapp) {
        try (Stream<Path> walk = Files.walk(webapp)) {
            return walk.filter(p -> p.toString().endsWith(".xhtml"))
                    .filter(p -> !webapp.relativize(p).startsWith("WEB-INF"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
