/**
 * The door's validator in the browser: what the pages that host it (the venue and artist panels'
 * door page, the public door-link page) hand to its script, {@code marquee/door/door.js}: the
 * labels in English and German, and where its libraries are. The script talks to the door's API
 * ({@code /api/public/validate}); it holds no rule the services do not check again.
 */
package org.marquee.web.door;
