/**
 * The venue and artist teams: memberships and their rules (an owner always remains),
 * invitations, owners assigned by admins, and {@link org.marquee.core.team.Scope}, which every
 * venue- and artist-panel service asks what the caller may reach ("which sessions, venues and
 * artists a user's teams cover"); {@link org.marquee.core.team.StaffSessions} lists and opens the
 * sessions inside that scope. Above {@code catalog} and {@code venue}, whose venues and artists
 * the teams are for.
 */
package org.marquee.core.team;
