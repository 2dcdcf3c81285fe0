package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;

/**
 * Buyer accounts and the second factor in a real browser, with the mail read from GreenMail:
 * sign-up and verification, password reset, the emailed code for a buyer who chose it and for an
 * admin, the new-login alert, deletion; every refusal with its message and nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BuyerAccountBrowserIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final String PASSWORD = "a-long-enough-password";
    private static final Pattern LINK =
            Pattern.compile("https?://\\S+/account/[a-z-]+\\.xhtml\\?token=[A-Za-z0-9_%-]+");
    private static final String INVALID = "The email or password is not right. Please try again.";
    private static final String USED = "This link has been used already; it works only once.";
    private static final String LOCKED = "Too many failed attempts. Please wait 15 minutes before trying again.";
    private static final String WRONG_CODE =
            "That code is not right. Check the latest email from Marquee and try again.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aBuyerRegistersVerifiesByTheMailedLinkAndLogsIn() throws Exception {
        String email = unique("new-buyer");
        try (MailServer mail = MailServer.start();
                Browser browser = new Browser()) {
            register(browser, "Nina Neu", email.toUpperCase(), PASSWORD);
            assertTrue(browser.text("#register-sent").contains("Check your inbox"));
            assertEquals(
                    0, TestDatabase.count("select count(*) from app_user where email = ? and email_verified", email));

            browser.open("/login.xhtml");
            browser.submitLogin(email, PASSWORD);
            assertTrue(browser.text(Browser.ERROR).startsWith("Please confirm your email address first"));
            assertTrue(browser.has("#login\\:email"), "not logged in before the email is verified");

            MimeMessage verification = mail.await(email, 1, ARRIVAL).get(0);
            assertEquals("Confirm your email address for Marquee", verification.getSubject());
            String link = linkIn(verification);
            assertTrue(link.startsWith(Deployments.BASE_URL + "/account/verify.xhtml?token="), link);
            browser.driver().get(link);
            assertEquals(
                    "Your email address " + email + " is confirmed. Welcome to Marquee!", browser.text("#verified"));
            assertEquals("Welcome to Marquee", awaitSubject(mail, email, "Welcome to Marquee"));

            browser.driver().get(link);
            browser.expectText(Browser.ERROR, USED);

            browser.click("#login-now");
            browser.waitForPath("/login.xhtml");
            browser.logIn(email, PASSWORD);
            browser.waitForPath("/account/");
            assertEquals(email, browser.text("#account-email"));
            assertEquals(email, browser.text("#current-user"));
            browser.screenshot("account-page");
        }
        assertEquals(1, TestDatabase.count("select count(*) from app_user where email = ? and email_verified", email));
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from outbox_message where recipient = ? and template = 'welcome'", email));
    }

    @Test
    void anExpiredVerificationLinkIsRefusedAndChangesNothing() throws Exception {
        String email = unique("late");
        try (MailServer mail = MailServer.start();
                Browser browser = new Browser()) {
            register(browser, "Lars Late", email, PASSWORD);
            String link = linkIn(mail.await(email, 1, ARRIVAL).get(0));
            TestDatabase.count(
                    "with expired as (update account_token set expires_at = now() - interval '1 minute'"
                            + " where user_id = (select id from app_user where email = ?) returning id)"
                            + " select count(*) from expired",
                    email);

            browser.driver().get(link);

            assertEquals("This link has expired. Please ask for a new one.", browser.text(Browser.ERROR));
            assertTrue(browser.text("#verification").contains("we will send you a new link"));
        }
        assertEquals(0, TestDatabase.count("select count(*) from app_user where email = ? and email_verified", email));
        assertEquals(
                0,
                TestDatabase.count(
                        "select count(*) from account_token t join app_user u on u.id = t.user_id"
                                + " where u.email = ? and t.used_at is not null",
                        email));
    }

    @Test
    void aMalformedEmailIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        long users = TestDatabase.count("select count(*) from app_user");
        long mails = TestDatabase.count("select count(*) from outbox_message");
        try (Browser browser = new Browser()) {
            register(browser, "Typo", "not-an-email", PASSWORD);
            browser.expectText("#register .mq-field-error", "This is not a valid email address.");

            register(browser, "Short", unique("short"), "short");
            assertEquals("The password needs at least 10 characters.", browser.text("#register .mq-field-error"));
        }
        assertEquals(users, TestDatabase.count("select count(*) from app_user"));
        assertEquals(mails, TestDatabase.count("select count(*) from outbox_message"));
    }

    /**
     * Signing up with the address of an account answers as a new sign-up does (no enumeration,
     * issue 13 item 2); the owner is mailed instead, and nothing else changes.
     */
    @Test
    void aTakenEmailAnswersAsANewOneAndMailsItsOwner() throws Exception {
        String taken = unique("taken");
        TestAccounts.insertUser(taken, PASSWORD, Role.BUYER);
        long users = TestDatabase.count("select count(*) from app_user");
        long told = TestDatabase.count(
                "select count(*) from outbox_message where recipient = ? and template = 'already-registered'", taken);
        try (Browser browser = new Browser()) {
            register(browser, "Twin", " " + taken.toUpperCase() + " ", PASSWORD);
            assertTrue(browser.text("#register-sent").contains("Check your inbox"));
        }
        assertEquals(users, TestDatabase.count("select count(*) from app_user"));
        assertEquals(
                told + 1,
                TestDatabase.count(
                        "select count(*) from outbox_message where recipient = ? and template = 'already-registered'",
                        taken));
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLinkWhichWorksOnce() throws Exception {
        String email = unique("forgetful");
        TestAccounts.insertUser(email, "the-old-password", Role.BUYER);
        String nobody = unique("nobody");
        try (MailServer mail = MailServer.start();
                Browser browser = new Browser();
                Browser elsewhere = new Browser()) {
            elsewhere.open("/login.xhtml?continue=%2Faccount%2F");
            elsewhere.logIn(email, "the-old-password");
            elsewhere.waitForPath("/account/");

            browser.open("/login.xhtml");
            browser.click("#forgot-password");
            browser.waitForPath("/account/forgot-password.xhtml");
            browser.type("#forgot\\:email", email);
            browser.submit("#forgot\\:submit");
            String sent = browser.text("#forgot-sent");
            assertTrue(sent.startsWith("If an account exists for this address"));

            browser.open("/account/forgot-password.xhtml");
            browser.type("#forgot\\:email", nobody);
            browser.submit("#forgot\\:submit");
            assertEquals(sent, browser.text("#forgot-sent"), "the same answer for an address without account");

            MimeMessage reset = mail.await(email, 1, ARRIVAL).get(0);
            assertEquals("Reset your Marquee password", reset.getSubject());
            String link = linkIn(reset);
            browser.driver().get(link);
            browser.type("#reset\\:password", "the-new-password");
            browser.type("#reset\\:repeat", "the-new-passwort");
            browser.submit("#reset\\:submit");
            assertEquals(
                    "The two passwords differ. Please type the same one twice.",
                    browser.text("#reset .mq-field-error"));
            browser.type("#reset\\:password", "too-short");
            browser.type("#reset\\:repeat", "too-short");
            browser.submit("#reset\\:submit");
            browser.expectText("#reset .mq-field-error", "The password needs at least 10 characters.");
            browser.type("#reset\\:password", "the-new-password");
            browser.type("#reset\\:repeat", "the-new-password");
            browser.submit("#reset\\:submit");
            assertTrue(browser.text("#reset-done").startsWith("Your password has been changed."));

            elsewhere.open("/account/");
            elsewhere.waitForPath("/login.xhtml");
            assertTrue(elsewhere.has("#login\\:email"), "the reset ended the session that knew the old password");

            browser.driver().get(link);
            browser.expectText(Browser.ERROR, USED);
            assertFalse(browser.has("#reset\\:password"), "a used link shows no form");

            browser.open("/login.xhtml");
            browser.submitLogin(email, "the-old-password");
            browser.expectText(Browser.ERROR, INVALID);
            browser.logIn(email, "the-new-password");
            browser.waitForPath("/");
            assertEquals(email, browser.text("#current-user"));
        }
        assertEquals(0, TestDatabase.count("select count(*) from outbox_message where recipient = ?", nobody));
    }

    @Test
    void anExpiredResetLinkShowsNoFormAndTheOldPasswordStays() throws Exception {
        String email = unique("slow");
        TestAccounts.insertUser(email, "the-old-password", Role.BUYER);
        String hash = TestDatabase.string("select password_hash from app_user where email = '" + email + "'");
        try (MailServer mail = MailServer.start();
                Browser browser = new Browser()) {
            browser.open("/account/forgot-password.xhtml");
            browser.type("#forgot\\:email", email);
            browser.submit("#forgot\\:submit");
            String link = linkIn(mail.await(email, 1, ARRIVAL).get(0));
            TestDatabase.count(
                    "with expired as (update account_token set expires_at = now() - interval '1 minute'"
                            + " where user_id = (select id from app_user where email = ?) returning id)"
                            + " select count(*) from expired",
                    email);

            browser.driver().get(link);

            assertEquals("This link has expired. Please ask for a new one.", browser.text(Browser.ERROR));
            assertFalse(browser.has("#reset\\:password"), "an expired link shows no form");
            browser.open("/login.xhtml");
            browser.logIn(email, "the-old-password");
            browser.waitForPath("/");
            assertEquals(email, browser.text("#current-user"));
        }
        assertEquals(
                1,
                TestDatabase.count("select count(*) from app_user where email = ? and password_hash = ?", email, hash),
                "the password is unchanged");
        assertEquals(
                0,
                TestDatabase.count(
                        "select count(*) from account_token t join app_user u on u.id = t.user_id"
                                + " where u.email = ? and t.used_at is not null",
                        email));
    }

    @Test
    void aBuyerWhoTurnsOnTheCodeNeedsItAtTheNextLoginAndAWrongCodeIsRefused() throws Exception {
        String email = unique("careful");
        TestAccounts.insertUser(email, PASSWORD, Role.BUYER);
        try (MailServer mail = MailServer.start();
                Browser browser = new Browser()) {
            browser.open("/login.xhtml?continue=%2Faccount%2F");
            browser.logIn(email, PASSWORD);
            browser.waitForPath("/account/");

            browser.type("#profile\\:phone", "0170 1234567");
            browser.click("#profile\\:secondFactor .ui-chkbox-box");
            browser.submit("#profile\\:save");
            assertEquals(
                    "Enter the number in international form with your country code, such as +49 30 1234567.",
                    browser.text("#profile .ui-message-error-detail"));
            assertEquals(
                    0,
                    TestDatabase.count(
                            "select count(*) from app_user where email = ? and (second_factor or phone is not null)",
                            email),
                    "a refused form changes nothing");

            browser.type("#profile\\:phone", "+49 170 1234567");
            browser.submit("#profile\\:save");
            browser.expectText(Browser.INFO, "Your settings are saved.");
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from app_user where email = ? and second_factor and phone = '+491701234567'",
                            email));
            browser.logOut();

            browser.open("/login.xhtml?continue=%2Faccount%2F");
            browser.submitLogin(email, PASSWORD);
            assertEquals("We emailed you a 6-digit sign-in code. It works for 10 minutes.", browser.text(Browser.INFO));
            String code = SignInCodes.newest(email);
            browser.enterCode(wrong(code));
            browser.expectText("#code .mq-field-error", WRONG_CODE);
            browser.enterCode(code);
            browser.waitForPath("/account/");
            assertEquals(email, browser.text("#current-user"));
        }
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from login_challenge c join app_user u on u.id = c.user_id"
                                + " where u.email = ? and c.attempts = 1 and c.completed_at is not null",
                        email));
    }

    @Test
    void anAdminNeedsTheNewestCodeFromTheMailAndThePasswordAloneOpensNothing() throws Exception {
        String admin = TestAccounts.admin();
        try (MailServer mail = MailServer.start();
                Browser browser = new Browser()) {
            browser.open("/admin/");
            browser.waitForPath("/admin/login.xhtml");
            browser.submitLogin(admin, TestAccounts.PASSWORD);
            assertTrue(browser.has("#code\\:otp"), "the admin panel asks for the code");
            String first = SignInCodes.newest(admin);
            browser.screenshot("sign-in-code");

            browser.open("/admin/");
            browser.waitForPath("/admin/login.xhtml");
            assertFalse(browser.has("#current-user"), "the password alone opened no session");

            browser.submitLogin(admin, TestAccounts.PASSWORD);
            String second = SignInCodes.newest(admin);
            if (!first.equals(second)) {
                browser.enterCode(first);
                browser.expectText("#code .mq-field-error", WRONG_CODE, "only the newest code works");
            }
            browser.enterCode(wrong(second));
            browser.expectText("#code .mq-field-error", WRONG_CODE);
            browser.enterCode(second);
            browser.waitForPath("/admin/");
            assertEquals(admin, browser.text("#current-user"));
        }
    }

    @Test
    void wrongCodesLockTheLoginLikeWrongPasswordsAndResetMailsAreLimited() throws Exception {
        String email = unique("guessed");
        TestAccounts.insertUser(email, PASSWORD, Role.VENUE);
        try (MailServer mail = MailServer.start();
                Browser browser = new Browser()) {
            browser.open("/venue/login.xhtml");
            browser.submitLogin(email, PASSWORD);
            String code = SignInCodes.newest(email);
            for (int attempt = 1; attempt <= 4; attempt++) {
                browser.enterCode(String.format("%06d", (Integer.parseInt(code) + attempt) % 1_000_000));
                browser.expectText("#code .mq-field-error", WRONG_CODE, "try " + attempt);
            }
            browser.enterCode(wrong(code));
            browser.expectText(Browser.ERROR, LOCKED);
            assertTrue(browser.has("#login\\:email"), "back to the password");

            browser.submitLogin(email, PASSWORD);
            browser.expectText(Browser.ERROR, LOCKED, "locked even with the right password");
            assertFalse(browser.has("#code\\:otp"));

            for (int request = 1; request <= 3; request++) {
                browser.open("/account/forgot-password.xhtml");
                browser.type("#forgot\\:email", email);
                browser.submit("#forgot\\:submit");
                assertTrue(browser.has("#forgot-sent"), "request " + request);
            }
            browser.open("/account/forgot-password.xhtml");
            browser.type("#forgot\\:email", email);
            browser.submit("#forgot\\:submit");
            assertTrue(browser.text("#forgot .mq-field-error").startsWith("We have sent several links"));
        }
        assertEquals(
                3,
                TestDatabase.count(
                        "select count(*) from outbox_message where recipient = ? and template = 'password-reset'",
                        email));
    }

    @Test
    void aNewBrowserBringsANewLoginAlertAndTheRememberedOneDoesNot() throws Exception {
        String email = unique("traveller");
        TestAccounts.insertUser(email, PASSWORD, Role.BUYER);
        try (MailServer mail = MailServer.start()) {
            try (Browser home = new Browser()) {
                home.open("/login.xhtml");
                home.logIn(email, PASSWORD);
                home.waitForPath("/");
                assertEquals(0, alerts(email), "the first browser of an account is no news");
                home.logOut();

                home.open("/login.xhtml");
                home.logIn(email, PASSWORD);
                home.waitForPath("/");
                assertEquals(0, alerts(email), "the remembered browser");
            }
            try (Browser elsewhere = new Browser()) {
                elsewhere.open("/login.xhtml");
                elsewhere.logIn(email, PASSWORD);
                elsewhere.waitForPath("/");
            }
            assertEquals(1, alerts(email));
            MimeMessage alert = mail.await(email, 1, ARRIVAL).get(0);
            assertEquals("New login to your Marquee account", alert.getSubject());
            assertTrue(MailServer.text(alert).contains("Browser: Chrome on Linux"), MailServer.text(alert));
        }
        assertEquals(
                2,
                TestDatabase.count(
                        "select count(*) from known_device d join app_user u on u.id = d.user_id where u.email = ?",
                        email));
    }

    @Test
    void deletingTheAccountErasesItsPersonalDataAndFreesTheEmail() throws Exception {
        String email = unique("leaving");
        long id = TestAccounts.insertUser(email, PASSWORD, Role.BUYER);
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml?continue=%2Faccount%2F");
            browser.logIn(email, PASSWORD);
            browser.waitForPath("/account/");
            browser.click("#delete-account");
            browser.waitForPath("/account/delete.xhtml");

            browser.type("#delete\\:password", "not-my-password");
            browser.submit("#delete\\:submit");
            browser.expectText("#delete .ui-message-error-detail", "That is not your password.");
            assertEquals(
                    0, TestDatabase.count("select count(*) from app_user where id = ? and deleted_at is not null", id));

            browser.type("#delete\\:password", PASSWORD);
            browser.submit("#delete\\:submit");
            browser.waitForPath("/account/deleted.xhtml");
            assertTrue(browser.has("#login-link"), "logged out");

            browser.open("/login.xhtml");
            browser.submitLogin(email, PASSWORD);
            browser.expectText(Browser.ERROR, INVALID);
        }
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from app_user where id = ? and email = ? and display_name = 'Deleted account'"
                                + " and password_hash is null and phone is null and not enabled and deleted_at is not null",
                        id,
                        "deleted-" + id + "@deleted.invalid"));
        assertEquals(0, TestDatabase.count("select count(*) from user_role where user_id = ?", id));
        assertEquals(0, TestDatabase.count("select count(*) from outbox_message where recipient = ?", email));
        try (Browser browser = new Browser()) {
            register(browser, "Back Again", email, PASSWORD);
            assertTrue(browser.has("#register-sent"), "the email is free again");
        }
    }

    @Test
    void staffCannotDeleteTheirAccountHere() {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml?continue=%2Faccount%2Fdelete.xhtml");
            browser.logIn(TestAccounts.staff(Role.MARKETING), TestAccounts.PASSWORD);
            browser.waitForPath("/account/delete.xhtml");

            assertEquals(
                    "Your account has staff access. Ask an administrator to close it.",
                    browser.text("#staff-cannot-delete"));
            assertFalse(browser.has("#delete\\:password"));
        }
    }

    @Test
    void theAccountPagesBeforeALoginKeepNoSessionAndTheRestNeedsALogin() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        for (String path : List.of(
                "/login.xhtml",
                "/account/register.xhtml",
                "/account/forgot-password.xhtml",
                "/account/reset-password.xhtml?token=unknown",
                "/account/verify.xhtml?token=unknown")) {
            HttpResponse<String> response = get(http, path);
            assertEquals(200, response.statusCode(), path);
            assertEquals(List.of(), response.headers().allValues("Set-Cookie"), path + " creates no session");
        }
        assertTrue(get(http, "/account/verify.xhtml?token=unknown").body().contains("This link is not valid."));
        for (String path : List.of("/account/", "/account/delete.xhtml")) {
            HttpResponse<String> response = get(http, path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml?continue="), path);
        }
    }

    private static void register(Browser browser, String name, String email, String password) {
        browser.open("/account/register.xhtml");
        browser.type("#register\\:displayName", name);
        browser.type("#register\\:email", email);
        browser.type("#register\\:password", password);
        browser.submit("#register\\:submit");
    }

    private static String linkIn(MimeMessage message) throws Exception {
        Matcher link = LINK.matcher(MailServer.text(message));
        assertTrue(link.find(), "a link in " + message.getSubject());
        return link.group();
    }

    private static String awaitSubject(MailServer mail, String email, String subject) throws Exception {
        for (int count = 1; count <= 5; count++) {
            for (MimeMessage message : mail.await(email, count, ARRIVAL)) {
                if (subject.equals(message.getSubject())) {
                    return subject;
                }
            }
        }
        throw new AssertionError("No mail \"" + subject + "\" to " + email);
    }

    /** A code that is surely not the right one. */
    private static String wrong(String code) {
        String other = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        assertNotEquals(code, other);
        return other;
    }

    private static long alerts(String email) throws Exception {
        return TestDatabase.count(
                "select count(*) from outbox_message where recipient = ? and template = 'new-login'", email);
    }

    private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(Deployments.url(path)))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime() + "@marquee.test";
    }
}
