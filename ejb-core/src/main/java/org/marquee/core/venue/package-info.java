/**
 * Venues and their layout: sections (standing or seated) and seats, each placed on a 2D floor
 * plan (position, rotation, shape, size), the generator of seat rows and the SVG renderer that
 * draws the plan for the public venue page and the checkout seat map.
 */
package org.marquee.core.venue;
