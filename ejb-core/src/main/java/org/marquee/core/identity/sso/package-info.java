/**
 * Signing in through Google, Facebook, Apple, GitHub, LinkedIn, Microsoft, TikTok and X: which
 * providers are configured, the redirect legs of OpenID Connect and plain OAuth 2 (state, nonce,
 * PKCE), the validation of ID tokens and the reading of user-info answers. What comes out is a
 * {@link org.marquee.core.identity.sso.ProviderIdentity}; turning it into a login (linking by
 * verified email, creating buyers) is {@link org.marquee.core.identity.SsoAccounts}' job.
 */
package org.marquee.core.identity.sso;
