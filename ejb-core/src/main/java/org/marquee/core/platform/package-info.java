/**
 * What every area leans on: schema migrations, health, the clock, and the demo data set.
 * Settings and the audit log will live here too.
 */
package org.marquee.core.platform;
