package org.marquee.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.marquee.web.language.Languages;

/**
 * The footer's pages, {@code /terms}, {@code /privacy}, {@code /refunds}, {@code /contact} and
 * {@code /faq} (FriendlyUrls), in English and German: {@code ?lang=} chooses, else the visitor's
 * language (the header's switch, else the browser's), else English. Each is one document per language under /WEB-INF/info.
 */
@Named
@RequestScoped
public class InfoPage {

    static final List<String> NAMES = List.of("terms", "privacy", "refunds", "contact", "faq");
    private static final List<String> LANGUAGES = List.of("en", "de");

    @Inject
    private HttpServletRequest request;

    private String name;
    private String language;

    /** Read before the view is built: the page includes the document this names. */
    @PostConstruct
    void read() {
        String asked = request.getParameter("name");
        name = NAMES.contains(asked) ? asked : null;
        language = language(request.getParameter("lang"));
    }

    public void load() {
        if (name == null) {
            Pages.notFound();
        }
    }

    private String language(String asked) {
        return asked != null && LANGUAGES.contains(asked)
                ? asked
                : Languages.of(request).getLanguage();
    }

    public String getName() {
        return name;
    }

    public String getLanguage() {
        return language;
    }

    /** The document to include: /WEB-INF/info/terms_de.xhtml (the FAQ's for an unknown name, never shown). */
    public String getDocument() {
        return "/WEB-INF/info/" + (name == null ? "faq" : name) + "_" + language + ".xhtml";
    }

    /** Where buyers write: {@code MARQUEE_SUPPORT_EMAIL}, by default support@ the mail domain. */
    public String getSupportEmail() {
        String configured = System.getenv("MARQUEE_SUPPORT_EMAIL");
        return configured == null || configured.isBlank() ? "support@marquee.local" : configured.strip();
    }
}
