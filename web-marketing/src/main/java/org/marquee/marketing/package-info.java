/** The marketing panel's pages: blog posts and categories, and the newsletter. */
package org.marquee.marketing;
