/**
 * The door's JSON API under {@code /api/public/validate}: scans, offline sync, counters, the
 * offline list and the scan log, for logged-in staff (their session cookie) or a door link's
 * holder (header {@code Door-Token}). Refusals are problem+json like the checkout API's.
 */
package org.marquee.site.door;
