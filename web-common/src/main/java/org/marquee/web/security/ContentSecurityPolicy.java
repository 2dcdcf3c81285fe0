package org.marquee.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The policy for PrimeFaces' CSP mode ({@code primefaces.CSP_POLICY} in web-fragment.xml), which
 * appends each page's nonce to it and sends it in place of the one {@link RequestGuard} set.
 */
@Named("contentSecurityPolicy")
@ApplicationScoped
public class ContentSecurityPolicy {

    public String getPolicy() {
        return SiteSecurity.current().contentSecurityPolicy();
    }
}
