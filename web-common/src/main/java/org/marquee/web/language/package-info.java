/**
 * The visitor's language on the public site and in the checkout: English or German, from the
 * {@code marquee-lang} cookie the header's switch sets, else from the browser's
 * {@code Accept-Language}, else English. Staff panels do not register {@link
 * org.marquee.web.language.LanguageViewHandler} and stay English.
 */
package org.marquee.web.language;
