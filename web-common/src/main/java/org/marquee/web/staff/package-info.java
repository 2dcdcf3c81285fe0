/**
 * The pages the venue and artist panels share: the team switcher, the sessions of the current
 * team, a session's details, the team page and the invitation page. Each bean takes its kind of
 * team from the panel it runs in; every read and change goes through an ejb-core service that
 * checks the caller's scope, so the pages hide nothing the services would show.
 */
package org.marquee.web.staff;
