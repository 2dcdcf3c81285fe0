package org.marquee.web.door;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.marquee.web.json.JsonBodies;

/**
 * The validator's texts, from the bundle {@value #BUNDLE} in each language it speaks, as one JSON
 * object {@code {"en": {key: text}, "de": {...}}} for door.js. Both languages go to every page,
 * so a door device switches language, and reloads without a network, without asking the server.
 * The bundles are read without the JVM's default locale as a fallback: English is English on a
 * server that runs in German.
 */
@Named
@ApplicationScoped
public class DoorLabels {

    static final String BUNDLE = "org.marquee.web.door";
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final String json = build();

    /** The JSON, safe inside an HTML {@code <script>} element. */
    public String getJson() {
        return json;
    }

    static ResourceBundle bundle(Locale language) {
        ResourceBundle.Control control =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.equals(language) ? Locale.ROOT : language, control);
    }

    static String build() {
        JsonObjectBuilder all = JsonBodies.object();
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = bundle(language);
            JsonObjectBuilder texts = JsonBodies.object();
            for (String key : new TreeSet<>(bundle.keySet())) {
                texts.add(key, bundle.getString(key));
            }
            all.add(language.getLanguage(), texts);
        }
        // Inside <script> no "</script>" may appear; these escapes are valid JSON.
        return all.build()
                .toString()
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
