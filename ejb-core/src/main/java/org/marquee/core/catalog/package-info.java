/**
 * What is for sale: categories, artists, events and their sessions at venues, with each
 * session's sales window, prices per section and price categories.
 */
package org.marquee.core.catalog;
