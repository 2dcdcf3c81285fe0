/** How pages show stored pictures: the sources of a {@code <picture>} that Facelets cannot write. */
package org.marquee.web.media;
