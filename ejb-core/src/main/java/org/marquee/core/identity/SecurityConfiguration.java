package org.marquee.core.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The one authentication mechanism of the application. It must be declared once, here: two
 * definitions in two web modules collide. Every web module serves its own {@code /login.xhtml}
 * (from web-common); the session is shared across the EAR, so one login serves all panels.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.VENUE, Role.Names.ARTIST, Role.Names.BUYER})
@ApplicationScoped
public class SecurityConfiguration {}
