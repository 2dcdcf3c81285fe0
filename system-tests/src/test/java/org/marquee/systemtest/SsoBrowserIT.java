package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;

/**
 * Single sign-on in a real browser, the whole redirect flow: login page button, the provider's
 * authorization endpoint, our callback, the token request and the login. The provider is
 * mock-oauth2-server on loopback (port 4080 + the port offset), which serves an OpenID Connect
 * issuer {@code google} (discovery, JWKS, signed ID tokens with our nonce) and the plain OAuth 2
 * endpoints of issuer {@code github} (token, user info); the build points the server's Google and
 * GitHub settings at it. Each test enqueues who the provider says signed in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoBrowserIT {

    private static MockOAuth2Server provider;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @BeforeAll
    static void startProvider() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), Integer.parseInt(System.getProperty("marquee.sso.port")));
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** What the provider will say about the next sign-in at the given issuer. */
    private static void nextSignIn(String issuer, String subject, Map<String, Object> claims) {
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback(issuer, subject, JOSEObjectType.JWT.getType(), null, claims, 3600));
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime() + "@sso.test";
    }

    @Test
    void theLoginPageOffersOnlyTheConfiguredProviders() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/admin/");
            browser.waitForPath("/admin/login.xhtml");
            assertTrue(browser.has("#sso-google"));
            assertTrue(browser.has("#sso-github"));
            for (String unconfigured : List.of("facebook", "apple", "linkedin", "microsoft", "tiktok", "x")) {
                assertFalse(browser.has("#sso-" + unconfigured), unconfigured + " is not configured");
            }
            browser.screenshot("sso-login-buttons");
        }
        HttpResponse<String> facebook = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Deployments.url("/sso/start/facebook")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(404, facebook.statusCode(), "an unconfigured provider cannot be started");
    }

    @Test
    void aNewGoogleUserBecomesABuyerAndSignsInAgainByTheSameSubject() throws Exception {
        String email = unique("new-google");
        String subject = "google-" + System.nanoTime();
        nextSignIn("google", subject, Map.of("email", email, "email_verified", true, "name", "Grace Hopper"));
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.click("#sso-google");
            browser.waitForPath("/");
            assertEquals(email, browser.text("#current-user"));
        }
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from app_user u join user_role r on r.user_id = u.id"
                                + " where u.email = ? and r.role = 'BUYER' and u.password_hash is null",
                        email));
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from sso_link l join app_user u on u.id = l.user_id"
                                + " where l.provider = 'GOOGLE' and l.subject = ? and u.email = ?",
                        subject,
                        email));

        // The link holds by subject, whatever address the provider shows now.
        nextSignIn("google", subject, Map.of("email", unique("changed"), "email_verified", false));
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.click("#sso-google");
            browser.waitForPath("/");
            assertEquals(email, browser.text("#current-user"));
        }
        assertEquals(1, TestDatabase.count("select count(*) from app_user where email = ?", email));
    }

    @Test
    void anAdminSigningInWithGoogleLandsInTheAdminPanelWithTheAdminRole() throws Exception {
        String email = unique("admin");
        TestAccounts.insertUser(email, "a-long-password-1", Role.ADMIN);
        nextSignIn("google", "google-" + System.nanoTime(), Map.of("email", email, "email_verified", true));
        try (Browser browser = new Browser()) {
            browser.open("/admin/events.xhtml");
            browser.waitForPath("/admin/login.xhtml");
            browser.click("#sso-google");
            // Google stands in for the password, not for the emailed code staff always need.
            browser.waitForPath("/admin/login.xhtml");
            assertTrue(browser.has("#code\\:otp"), "the code step follows the sign-in");
            assertFalse(browser.has("#current-user"), "nobody is logged in before the code");
            browser.enterCode(SignInCodes.newest(email));
            browser.waitForPath("/admin/events.xhtml");
            assertEquals(email, browser.text("#current-user"));
            assertFalse(browser.has("#error-403"));

            browser.open("/venue/");
            assertTrue(browser.has("#error-403"), "the roles are the account's: no venue role");
        }
    }

    @Test
    void aProviderProvingAnUnverifiedAccountsAddressRemovesThePasswordItWasRegisteredWith() throws Exception {
        String email = unique("preregistered");
        TestAccounts.insertUser(email, "a-long-password-1", Role.BUYER);
        try (var connection = TestDatabase.connect();
                var statement =
                        connection.prepareStatement("update app_user set email_verified = false where email = ?")) {
            statement.setString(1, email);
            statement.executeUpdate();
        }
        nextSignIn("google", "owner-" + System.nanoTime(), Map.of("email", email, "email_verified", true));
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.click("#sso-google");
            browser.waitForPath("/");
            assertEquals(email, browser.text("#current-user"));
        }
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from app_user where email = ? and email_verified and password_hash is null",
                        email),
                "whoever registered the address without reading its mail has no password into it any more");
    }

    @Test
    void anUnverifiedAddressDoesNotTakeOverTheAccountOfThatAddress() throws Exception {
        String email = unique("victim");
        TestAccounts.insertUser(email, "a-long-password-1", Role.BUYER);
        String subject = "attacker-" + System.nanoTime();
        nextSignIn("google", subject, Map.of("email", email, "email_verified", false));
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.click("#sso-google");
            browser.waitForPath("/login.xhtml");
            assertTrue(browser.pathAndQuery().contains("sso=no-verified-email"));
            assertTrue(browser.text("#sso-refusal").contains("did not confirm an email address"));
            assertTrue(browser.has("#login-link"), "nobody is logged in");
        }
        assertEquals(0, TestDatabase.count("select count(*) from sso_link where subject = ?", subject));
    }

    @Test
    void aVenueManagerSigningInWithGitHubLandsInTheVenuePanel() throws Exception {
        String email = unique("venue");
        TestAccounts.insertUser(email, "a-long-password-1", Role.VENUE);
        long githubId = System.nanoTime() % 1_000_000_000L;
        // GitHub's /user answer: a numeric id, the login, and the public (verified) address.
        nextSignIn("github", "ignored", Map.of("id", githubId, "login", "octo", "name", "Octo Cat", "email", email));
        try (Browser browser = new Browser()) {
            browser.open("/venue/");
            browser.waitForPath("/venue/login.xhtml");
            browser.click("#sso-github");
            browser.waitForPath("/venue/login.xhtml");
            browser.enterCode(SignInCodes.newest(email));
            browser.waitForPath("/venue/");
            assertEquals(email, browser.text("#current-user"));
            assertFalse(browser.has("#error-403"));
        }
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from sso_link where provider = 'GITHUB' and subject = ?",
                        String.valueOf(githubId)));
    }

    @Test
    void aNewGitHubUserBecomesABuyer() throws Exception {
        String email = unique("new-github");
        nextSignIn(
                "github",
                "ignored",
                Map.of("id", System.nanoTime() % 1_000_000_000L, "login", "newbie", "email", email));
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.click("#sso-github");
            browser.waitForPath("/");
            assertEquals(email, browser.text("#current-user"));
        }
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from app_user u join user_role r on r.user_id = u.id"
                                + " where u.email = ? and r.role = 'BUYER' and u.display_name = 'newbie'",
                        email));
    }

    @Test
    void anAnswerThatBelongsToNoSignInLogsNobodyIn() {
        try (Browser browser = new Browser()) {
            browser.open("/sso/callback/google?code=forged&state=forged");
            browser.waitForPath("/login.xhtml");
            assertTrue(browser.pathAndQuery().contains("sso=invalid-response"));
            assertTrue(browser.has("#sso-refusal"));
            assertTrue(browser.has("#login-link"));
        }
    }
}
