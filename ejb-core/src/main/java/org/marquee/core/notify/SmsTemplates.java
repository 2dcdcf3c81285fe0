package org.marquee.core.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Renders a text message template in the recipient's language: {@code sms/<name>_<language>.txt}
 * beside this class, placeholders {@code {{name}}} as in mail templates; a language without its
 * own file gets English. A text is one line of plain words; the renderer joins lines and refuses
 * one longer than {@value #MAX_LENGTH} characters (Twilio's limit is 1600).
 */
@ApplicationScoped
public class SmsTemplates {

    static final int MAX_LENGTH = 640;
    static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    /** A rendered text and the language it was rendered in. */
    public record Rendered(String language, String text) {}

    private final Map<String, Optional<String>> files = new ConcurrentHashMap<>();

    public Rendered render(String template, Locale locale, Map<String, String> parameters) {
        if (template == null || !NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a template name: " + template);
        }
        String wanted = locale == null ? "" : locale.getLanguage();
        String language =
                !wanted.isEmpty() && file(template + "_" + wanted + ".txt").isPresent()
                        ? wanted
                        : MailTemplates.DEFAULT_LANGUAGE;
        String source = file(template + "_" + language + ".txt")
                .orElseThrow(() -> new IllegalArgumentException("No text template " + template));
        String text =
                MailTemplates.fill(source, parameters, template, false).strip().replaceAll("\\s*\\n\\s*", " ");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Text " + template + " is " + text.length() + " characters long");
        }
        return new Rendered(language, text);
    }

    private Optional<String> file(String name) {
        return files.computeIfAbsent(name, SmsTemplates::read);
    }

    private static Optional<String> read(String name) {
        try (InputStream in = SmsTemplates.class.getResourceAsStream("sms/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read text template " + name, e);
        }
    }
}
