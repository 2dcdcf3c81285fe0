/**
 * What every web module shares: which panel is running, the current user and the user menu,
 * the login page's bean, and how messages reach the page.
 */
package org.marquee.web;
