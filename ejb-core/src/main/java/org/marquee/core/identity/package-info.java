/**
 * Users, their credentials and roles, and how a login is checked: the Jakarta Security
 * authentication mechanism and identity store that every web module shares, and the throttle
 * that slows down guessing. Also the venue and artist teams (memberships, their rules,
 * invitations, owners assigned by admins) and {@link org.marquee.core.identity.Scope}, which every
 * venue- and artist-panel service asks what the caller may reach; and the buyer's account:
 * sign-up with a verified email, single-use mailed links (verification, password reset), the
 * emailed sign-in code, remembered devices with the new-login alert, the profile and deletion.
 */
package org.marquee.core.identity;
