package org.marquee.core.marketing;

/**
 * The mail templates a newsletter is composed from ({@code mail/<name>_<language>.txt/.html} of
 * the notify area): each frames the editor's subject and text with the greeting, the footer and
 * the unsubscribe link, in the subscriber's language.
 */
public enum NewsletterTemplate {
    /** Greeting, the text, a sign-off. */
    STANDARD("newsletter"),
    /** A heading band for news of upcoming events, the text, a link to the programme. */
    ANNOUNCEMENT("newsletter-announcement");

    private final String mailTemplate;

    NewsletterTemplate(String mailTemplate) {
        this.mailTemplate = mailTemplate;
    }

    public String mailTemplate() {
        return mailTemplate;
    }
}
