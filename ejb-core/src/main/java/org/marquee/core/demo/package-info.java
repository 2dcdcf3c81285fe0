/**
 * The demo data set ({@code MARQUEE_DEMO=true}): users of every role, venues with floor plans,
 * artists, events and sessions on sale, drawn posters. On top of every area, and imported by none:
 * production code never depends on it (the timers that wait for it name it as a bean only).
 */
package org.marquee.core.demo;
