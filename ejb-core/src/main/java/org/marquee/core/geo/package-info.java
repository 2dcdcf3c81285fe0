/** Countries and cities; a city carries the time zone in which its venues' sessions are shown. */
package org.marquee.core.geo;
