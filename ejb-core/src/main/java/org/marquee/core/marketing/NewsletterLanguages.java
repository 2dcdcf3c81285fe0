package org.marquee.core.marketing;

import java.util.Locale;
import org.marquee.core.notify.MailTemplates;

/** The languages the newsletter mails exist in: those of every mail template. */
public final class NewsletterLanguages {

    public static final String DEFAULT = MailTemplates.DEFAULT_LANGUAGE;

    private NewsletterLanguages() {}

    public static boolean isKnown(String language) {
        return language != null && MailTemplates.LANGUAGES.contains(language);
    }

    /** The known language of a locale, or the default. */
    public static String of(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return isKnown(language) ? language : DEFAULT;
    }
}
