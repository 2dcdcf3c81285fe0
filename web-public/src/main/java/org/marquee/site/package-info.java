/** Backing beans and REST resources of the public site: discovery, account area, blog. */
package org.marquee.site;
