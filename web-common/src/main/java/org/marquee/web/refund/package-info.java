/** The refund section the admin and venue order pages share. */
package org.marquee.web.refund;
