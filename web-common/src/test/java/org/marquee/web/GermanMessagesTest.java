package org.marquee.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The German bundle covers the public site, the account area and the checkout (issue 17, "Two
 * languages"): every key their pages, beans and scripts name, and every refusal they can show,
 * has a German text with the same arguments; the German bundle has no key the English lacks.
 * Staff panels stay English (their keys fall back to messages.properties).
 */
class GermanMessagesTest {

    private static final Path TOP = Path.of("").toAbsolutePath().getParent();

    /** The sources of the buyer's pages: the two wars, and what they share from web-common. */
    private static final List<String> BUYER_SOURCES = List.of(
            "web-public/src/main",
            "web-gateway/src/main",
            "web-common/src/main/resources/META-INF/resources/WEB-INF/templates/layout.xhtml",
            "web-common/src/main/resources/META-INF/resources/WEB-INF/errors",
            "web-common/src/main/resources/META-INF/resources/WEB-INF/includes/sso-buttons.xhtml",
            "web-common/src/main/resources/META-INF/resources/WEB-INF/includes/blog-post.xhtml",
            "web-common/src/main/resources/META-INF/resources/login.xhtml",
            "web-common/src/main/java/org/marquee/web/Login.java",
            "web-common/src/main/java/org/marquee/web/sso/SsoButtons.java");

    /**
     * Whole key families a buyer can meet, most as refusals from ejb-core (built from a prefix
     * and a reason, so not all named literally): every key under them is German.
     */
    static final List<String> BUYER_PREFIXES = List.of(
            "public.",
            "browse.",
            "sessions.",
            "event.holdExpired",
            "checkout.",
            "gateway.",
            "login.",
            "layout.",
            "error.",
            "blog.",
            "newsletter.",
            "orders.",
            "order.",
            "inventory.",
            "promo.refused.",
            "account.",
            "identity.",
            "payment.",
            "footer.",
            "directory.",
            "invoice.kind.",
            "search.",
            "sso.",
            "panel.");

    /** A quoted string that may be a key, or a prefix ending in a point ('orders.status.'.concat). */
    private static final Pattern QUOTED = Pattern.compile("['\"]([a-zA-Z][\\w-]*\\.[\\w.-]*)['\"]");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private final Properties english = load("messages.properties");
    private final Properties german = load("messages_de.properties");

    @Test
    void everyGermanKeyIsAnEnglishKey() {
        Set<String> extra = new TreeSet<>(german.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), extra, "German keys the English bundle lacks (misspelt or left over)");
    }

    @Test
    void everyKeyOfTheBuyersPagesIsGerman() {
        Set<String> missing = new TreeSet<>();
        for (String key : buyerKeys()) {
            if (!german.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "keys of the public site, account or checkout without German");
    }

    @Test
    void germanTextsTakeTheSameArgumentsAndParse() {
        List<String> wrong = new ArrayList<>();
        for (String key : german.stringPropertyNames()) {
            String text = german.getProperty(key);
            if (!arguments(text).equals(arguments(english.getProperty(key)))) {
                wrong.add(key + ": arguments " + arguments(text) + " in German, " + arguments(english.getProperty(key))
                        + " in English");
            }
            if (text.contains("{")) {
                try {
                    new MessageFormat(text, java.util.Locale.GERMAN).format(new Object[] {1, 2, 3, 4});
                } catch (IllegalArgumentException e) {
                    wrong.add(key + ": " + e.getMessage());
                }
                if (text.contains("'")) {
                    wrong.add(key + ": a straight apostrophe quotes in MessageFormat; write ’");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theScanFindsTheBuyersPages() {
        Set<String> keys = buyerKeys();
        assertTrue(keys.size() > 400, "keys found: " + keys.size());
        assertTrue(keys.containsAll(List.of("checkout.step.SEATS", "nav.account", "layout.language.de")), "" + keys);
    }

    /** The keys the buyer's sources name (or name a prefix of), and the buyer's key families. */
    private Set<String> buyerKeys() {
        Set<String> keys = new TreeSet<>();
        for (String source : BUYER_SOURCES) {
            files(TOP.resolve(source)).forEach(file -> {
                Matcher quoted = QUOTED.matcher(read(file));
                while (quoted.find()) {
                    String found = quoted.group(1);
                    if (found.endsWith(".")) {
                        english.stringPropertyNames().stream()
                                .filter(k -> k.startsWith(found))
                                .forEach(keys::add);
                    } else if (english.containsKey(found)) {
                        keys.add(found);
                    }
                }
            });
        }
        for (String prefix : BUYER_PREFIXES) {
            english.stringPropertyNames().stream()
                    .filter(k -> k.startsWith(prefix))
                    .filter(k -> !k.startsWith("panel.") || k.endsWith(".name") || isBuyerPanel(k))
                    .forEach(keys::add);
        }
        keys.removeIf(k -> k.startsWith("invoice.settings."));
        return keys;
    }

    private static boolean isBuyerPanel(String key) {
        return key.startsWith("panel.public.") || key.startsWith("panel.gateway.");
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Path> files(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().matches(".*\\.(xhtml|java|js)"))
                    .filter(p -> !p.toString().contains("/door/"))
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

    static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                GermanMessagesTest.class.getResourceAsStream("/org/marquee/web/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
