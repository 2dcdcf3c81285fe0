/**
 * What every response and request of every panel goes through: the security headers and the
 * content security policy, UTF-8 for every request, the Origin check of state-changing requests,
 * the session cookie's attributes, and the answer to a page whose view state is gone or forged.
 * What the application guarantees and what the proxy must add is in docs/operations.md.
 */
package org.marquee.web.security;
