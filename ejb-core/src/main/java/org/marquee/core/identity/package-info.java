/**
 * Users, their credentials and roles, and how a login is checked: the Jakarta Security
 * authentication mechanism and identity store that every web module shares, and the throttle
 * that slows down guessing; and the buyer's account: sign-up with a verified email, single-use
 * mailed links (verification, password reset), the emailed sign-in code, remembered devices with
 * the new-login alert, the profile and deletion. The venue and artist teams are {@code team}'s.
 */
package org.marquee.core.identity;
