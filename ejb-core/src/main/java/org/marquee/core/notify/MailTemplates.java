package org.marquee.core.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a mail template in the recipient's language. A template is two files beside this class
 * under {@code mail/}: {@code <name>_<language>.txt} (a first line {@code Subject: ...}, a blank
 * line, then the plain text) and {@code <name>_<language>.html} (the HTML body, placed in
 * {@code layout.html}). Placeholders are {@code {{name}}}; in HTML every value is escaped. A
 * language without its own files gets English.
 */
@ApplicationScoped
public class MailTemplates {

    public static final String DEFAULT_LANGUAGE = "en";

    /** The languages every template exists in. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9_]*)}}");
    private static final String SUBJECT_PREFIX = "Subject: ";

    private final Map<String, Optional<String>> files = new ConcurrentHashMap<>();

    public RenderedMail render(String template, Locale locale, Map<String, String> parameters) {
        if (template == null || !NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a template name: " + template);
        }
        String language = language(template, locale);
        String source = file(template + "_" + language + ".txt")
                .orElseThrow(() -> new IllegalArgumentException("No mail template " + template));
        if (!source.startsWith(SUBJECT_PREFIX) || !source.contains("\n\n")) {
            throw new IllegalStateException(
                    "Template " + template + " must start with a subject line and a blank line");
        }
        int end = source.indexOf("\n\n");
        String subject = fill(source.substring(SUBJECT_PREFIX.length(), end), parameters, template, false)
                .replaceAll("[\\r\\n]+", " ")
                .strip();
        String text = fill(source.substring(end + 2), parameters, template, false);
        String html = file(template + "_" + language + ".html")
                .map(body -> layout(language, subject, fill(body, parameters, template, true)))
                .orElse(null);
        return new RenderedMail(template, language, subject, text, html);
    }

    /** The language of the recipient's locale if the template has it, otherwise English. */
    String language(String template, Locale locale) {
        String wanted = locale == null ? "" : locale.getLanguage();
        return !wanted.isEmpty() && file(template + "_" + wanted + ".txt").isPresent() ? wanted : DEFAULT_LANGUAGE;
    }

    private String layout(String language, String subject, String content) {
        String layout = file("layout.html").orElseThrow(() -> new IllegalStateException("No mail layout"));
        return layout.replace("{{lang}}", language)
                .replace("{{subject}}", escapeHtml(subject))
                .replace("{{content}}", content);
    }

    static String fill(String text, Map<String, String> parameters, String template, boolean html) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = parameters == null ? null : parameters.get(name);
            if (value == null) {
                throw new IllegalArgumentException("Template " + template + " needs the parameter " + name);
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(html ? escapeHtml(value) : value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    static String escapeHtml(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private Optional<String> file(String name) {
        return files.computeIfAbsent(name, MailTemplates::read);
    }

    private static Optional<String> read(String name) {
        try (InputStream in = MailTemplates.class.getResourceAsStream("mail/" + name)) {
            return in == null
                    ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read mail template " + name, e);
        }
    }

    /** The locale of a language tag as stored with a message or a user ("de", "en-GB"). */
    public static Locale locale(String languageTag) {
        return languageTag == null || languageTag.isBlank()
                ? Locale.forLanguageTag(DEFAULT_LANGUAGE)
                : Locale.forLanguageTag(languageTag.strip().toLowerCase(Locale.ROOT));
    }
}
