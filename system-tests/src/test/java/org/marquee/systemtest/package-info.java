/**
 * Tests against the deployed EAR on a managed WildFly with PostgreSQL: HTTP checks and browser
 * tests in headless Chromium. Every test class deploys the EAR that the ear module built.
 */
package org.marquee.systemtest;
