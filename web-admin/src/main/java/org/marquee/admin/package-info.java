/** Backing beans of the admin panel. */
package org.marquee.admin;
