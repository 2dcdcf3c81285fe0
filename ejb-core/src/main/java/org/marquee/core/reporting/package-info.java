/**
 * Read-only overviews on top of every other area. For the admin panel: all orders with their
 * payments, webhook events, emails and history, the payments an admin should look at, and the
 * platform's sales ({@link org.marquee.core.reporting.PlatformSales}). For the venue and artist
 * panels, within the caller's scope: a session's and a team's dashboard ({@link
 * org.marquee.core.reporting.StaffDashboards}) and a session's attendee list ({@link
 * org.marquee.core.reporting.AttendeeExport}); check-in figures come from {@link
 * org.marquee.core.reporting.CheckInFigures}. It changes nothing; its list and figure queries read
 * across areas' tables in one grouped statement (so that paging, sorting, filtering and counting
 * happen in the database), everything else goes through the areas' services. It returns records,
 * never entities.
 */
package org.marquee.core.reporting;
