package org.marquee.core.order;

/**
 * A buyer ticked the newsletter box at checkout (not ticked before for this order), fired in the
 * transaction that stores the address; {@code marketing} observes it and starts the double
 * opt-in, so the checkout needs to know nothing of the newsletter.
 *
 * @param language the page's language, for the confirmation mail
 */
public record NewsletterTicked(String email, String language) {}
