/**
 * Marketing: the blog (categories, posts, their related events) and the newsletter. Post bodies
 * are sanitised HTML ({@link org.marquee.core.marketing.BlogHtml}) from the moment they are
 * written; everything else is plain text that pages escape.
 */
package org.marquee.core.marketing;
