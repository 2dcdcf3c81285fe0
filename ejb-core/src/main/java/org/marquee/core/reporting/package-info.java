/**
 * Read-only overviews on top of every other area, for the admin panel: all orders with their
 * payments, webhook events, emails and history, and the payments an admin should look at. It
 * changes nothing; its list queries read across areas' tables in one statement (so that paging,
 * sorting and filtering happen in the database), everything else goes through the areas'
 * services. It returns records, never entities.
 */
package org.marquee.core.reporting;
