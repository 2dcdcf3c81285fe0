package org.marquee.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marquee.core.reporting.ConsistencyStatement;

/**
 * Every message key a page or a bean of any panel names is in the bundle, so that no page shows
 * {@code ???key???} or a raw key (issue 12, item 19). It reads the sources of every web module
 * and of ejb-core (whose refusals carry keys): a key built from a prefix and an enum's constant
 * must exist for every constant; any other built key needs its prefix in the bundle.
 */
class MessageKeysTest {

    /** The project's top folder: tests run in web-common. */
    private static final Path TOP = Path.of("").toAbsolutePath().getParent();

    /** Keys built from a prefix and an enum constant's name, as the pages and refusals build them. */
    private static final Map<String, String> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("sessions.state.", "org.marquee.core.catalog.SalesState"),
            Map.entry("order.salesClosed.", "org.marquee.core.catalog.SalesState"),
            Map.entry("admin.session.status.", "org.marquee.core.catalog.SessionStatus"),
            Map.entry("admin.event.status.", "org.marquee.core.catalog.EventStatus"),
            Map.entry("admin.event.status.hint.", "org.marquee.core.catalog.EventStatus"),
            Map.entry("admin.layout.kind.", "org.marquee.core.venue.SectionKind"),
            Map.entry("admin.layout.numbering.", "org.marquee.core.venue.SeatNumbering"),
            Map.entry("admin.layout.rowLabels.", "org.marquee.core.venue.RowLabels$Scheme"),
            Map.entry("admin.layout.shape.", "org.marquee.core.venue.Shape"),
            Map.entry("admin.dashboard.role.", "org.marquee.core.identity.Role"),
            Map.entry("admin.mail.status.", "org.marquee.core.notify.OutboxStatus"),
            Map.entry("staff.order.status.", "org.marquee.core.order.OrderState"),
            Map.entry("admin.order.state.", "org.marquee.core.order.OrderState"),
            Map.entry("orders.status.", "org.marquee.core.order.OrderStatus"),
            Map.entry("orders.closedAt.", "org.marquee.core.order.OrderStatus"),
            Map.entry("admin.promo.kind.", "org.marquee.core.promo.DiscountKind"),
            Map.entry("promo.refused.", "org.marquee.core.promo.PromoCodeRefused$Reason"),
            Map.entry("team.role.", "org.marquee.core.team.MemberRole"),
            Map.entry("invitation.", "org.marquee.core.team.InvitationRefused$Reason"),
            Map.entry("marketing.status.", "org.marquee.core.marketing.PostStatus"),
            Map.entry("marketing.newsletter.status.", "org.marquee.core.marketing.NewsletterStatus"),
            Map.entry("marketing.newsletter.template.", "org.marquee.core.marketing.NewsletterTemplate"),
            Map.entry("marketing.subscriber.status.", "org.marquee.core.marketing.SubscriberStatus"),
            Map.entry("marketing.subscriber.source.", "org.marquee.core.marketing.OptInSource"),
            Map.entry("refund.status.", "org.marquee.core.payment.RefundStatus"),
            Map.entry("refund.reason.", "org.marquee.core.payment.RefundReason"),
            Map.entry("refund.outcome.", "org.marquee.core.payment.RefundOutcome"),
            Map.entry("invoice.kind.", "org.marquee.core.invoice.InvoiceKind"));

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\['([^']+)'\\.concat\\(");
    private static final Pattern BEAN_KEY = Pattern.compile("(?:Messages\\.(?:info|flashInfo|flashWarn|text)\\("
            + "|Messages\\.error\\(\\s*[^,()]+,)\\s*\"([a-zA-Z][\\w.-]*)\"\\s*([,)+])");
    private static final Pattern REFUSAL_KEY =
            Pattern.compile("(?:new DomainException|super)\\(\\s*\"([a-zA-Z][\\w.]*)\"\\s*([,)+])"
                    + "|new InvalidField\\(\\s*[^,()]+,\\s*\"([a-zA-Z][\\w.]*)\"");

    private final Properties bundle = bundle();

    private static Properties bundle() {
        Properties properties = new Properties();
        try (InputStream in = MessageKeysTest.class.getResourceAsStream("/org/marquee/web/messages.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void everyKeyAPageNamesIsInTheBundle() {
        List<String> missing = new ArrayList<>();
        sources(".xhtml").forEach(page -> {
            String text = read(page);
            find(PAGE_KEY, text, 1).forEach(key -> {
                if (!bundle.containsKey(key)) {
                    missing.add(TOP.relativize(page) + ": " + key);
                }
            });
            find(PAGE_PREFIX, text, 1).forEach(prefix -> missing.addAll(checkPrefix(page, prefix)));
        });
        assertEquals(List.of(), missing, "keys the pages name that the bundle lacks (shown as ???key???)");
    }

    @Test
    void everyKeyABeanOrARefusalNamesIsInTheBundle() {
        List<String> missing = new ArrayList<>();
        sources(".java").forEach(source -> {
            String text = read(source);
            Matcher beans = BEAN_KEY.matcher(text);
            while (beans.find()) {
                String key = beans.group(1);
                if ("+".equals(beans.group(2))) {
                    missing.addAll(checkPrefix(source, key));
                } else if (!bundle.containsKey(key)) {
                    missing.add(TOP.relativize(source) + ": " + key);
                }
            }
            Matcher refusals = REFUSAL_KEY.matcher(text);
            while (refusals.find()) {
                String key = refusals.group(1) != null ? refusals.group(1) : refusals.group(3);
                if ("+".equals(refusals.group(2))) {
                    missing.addAll(checkPrefix(source, key));
                } else if (!bundle.containsKey(key)) {
                    missing.add(TOP.relativize(source) + ": " + key);
                }
            }
        });
        assertEquals(List.of(), missing, "keys the code shows that the bundle lacks (shown raw)");
    }

    @Test
    void theScanSeesEveryPanel() {
        long pages = sources(".xhtml").count();
        assertTrue(pages > 50, "pages found: " + pages);
        for (String module :
                List.of("web-admin", "web-venue", "web-artist", "web-marketing", "web-public", "web-gateway")) {
            assertTrue(sources(".xhtml").anyMatch(p -> p.startsWith(TOP.resolve(module))), module);
        }
    }

    /** A key built from a prefix: every constant of its enum, or at least one key, must be there. */
    private List<String> checkPrefix(Path source, String prefix) {
        String where = TOP.relativize(source) + ": ";
        String enumName = ENUM_PREFIXES.get(prefix);
        if (enumName == null) {
            boolean any = bundle.stringPropertyNames().stream().anyMatch(key -> key.startsWith(prefix));
            return any ? List.of() : List.of(where + prefix + "*");
        }
        try {
            return Arrays.stream(Class.forName(enumName).getEnumConstants())
                    .map(constant -> prefix + ((Enum<?>) constant).name())
                    .filter(key -> !bundle.containsKey(key))
                    .map(key -> where + key)
                    .toList();
        } catch (ClassNotFoundException e) {
            return List.of(where + prefix + "* names " + enumName + ", which does not exist");
        }
    }

    /** A key written twice is served with its last text: the first one silently never shows (seen: "My orders" in the admin menu). */
    @Test
    void noBundleHasAKeyTwice() {
        for (String bundleFile : List.of("messages.properties", "messages_de.properties")) {
            Path file = TOP.resolve("web-common/src/main/resources/org/marquee/web/" + bundleFile);
            Map<String, Integer> lines = new HashMap<>();
            List<String> twice = new ArrayList<>();
            List<String> all = read(file).lines().toList();
            for (int i = 0; i < all.size(); i++) {
                Matcher key = Pattern.compile("^([^#!=:\\s][^=:\\s]*)\\s*[=:]").matcher(all.get(i));
                if (key.find() && lines.put(key.group(1), i + 1) != null) {
                    twice.add(key.group(1) + " (line " + (i + 1) + ")");
                }
            }
            assertEquals(List.of(), twice, bundleFile);
        }
    }

    /** The consistency page names each rule and invariant of the check by a key built from it. */
    @Test
    void everyConsistencyRuleHasItsTexts() {
        for (ConsistencyStatement.Rule rule : ConsistencyStatement.RULES) {
            assertTrue(bundle.containsKey("admin.consistency.rule." + rule.name()), rule.name());
            assertTrue(bundle.containsKey("admin.consistency.invariant." + rule.invariant()), rule.name());
        }
    }

    private static Stream<Path> sources(String extension) {
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> modules = Files.list(TOP)) {
            modules.filter(m -> m.getFileName().toString().startsWith("web-")
                            || m.getFileName().toString().equals("ejb-core"))
                    .map(m -> m.resolve("src/main"))
                    .filter(Files::isDirectory)
                    .forEach(roots::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(extension)).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files.stream();
    }

    private static List<String> find(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return List.copyOf(new TreeSet<>(found));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
