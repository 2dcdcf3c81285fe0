/**
 * Users, their credentials and roles, and how a login is checked: the Jakarta Security
 * authentication mechanism and identity store that every web module shares, and the throttle
 * that slows down password guessing.
 */
package org.marquee.core.identity;
