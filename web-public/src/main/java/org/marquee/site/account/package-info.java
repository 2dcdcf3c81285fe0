/**
 * The account area of the public site ({@code /account/...}): sign-up, the email verification
 * landing, forgotten passwords, the profile and deletion. The pages before a login are stateless
 * views and keep no session; the profile and deletion are for a logged-in user.
 */
package org.marquee.site.account;
