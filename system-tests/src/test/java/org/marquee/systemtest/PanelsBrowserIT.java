package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marquee.core.identity.Role;

/**
 * Every panel in a real browser: who may open what, one login for all (staff with the code from
 * their email, read by {@link Browser#logIn}), bad logins, the phone layout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PanelsBrowserIT {

    /** Staff panels and the role each requires. */
    private static final Map<String, Role> STAFF_PANELS = Map.of(
            "/admin/", Role.ADMIN, "/venue/", Role.VENUE, "/artist/", Role.ARTIST, "/marketing/", Role.MARKETING);

    private static final String INVALID = "The email or password is not right. Please try again.";
    private static final String LOCKED = "Too many failed attempts. Please wait 15 minutes before trying again.";

    private static final String TAG = "pb" + System.nanoTime();
    private static final String CITY = "Panelton " + TAG;

    /** The class's account of each role; the venue and artist staff own a venue and an artist. */
    private static final Map<Role, String> USERS = new EnumMap<>(Role.class);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @BeforeAll
    static void accounts() throws Exception {
        long city = TestCatalog.city(CITY);
        for (Role role : Role.values()) {
            String email = "panels-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + TAG + "@marquee.test";
            long user = TestAccounts.insertUser(email, TestAccounts.PASSWORD, role);
            if (role == Role.VENUE) {
                TestAccounts.insertMember(
                        user, "venue_person", "venue_id", TestCatalog.venue("Panel hall " + TAG, city), "OWNER");
            } else if (role == Role.ARTIST) {
                TestAccounts.insertMember(
                        user, "artist_person", "artist_id", TestCatalog.artist("Panel band " + TAG), "OWNER");
            }
            USERS.put(role, email);
        }
    }

    @Test
    void anonymousVisitorSeesOpenPanelsAndTheLoginOfStaffPanels() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            assertTrue(browser.text("h1").contains("Find your next night out"));
            assertTrue(browser.text("#cities").contains(CITY), "the cities from the database");

            browser.open("/checkout/");
            assertTrue(browser.has("#no-order"));

            for (String panel : STAFF_PANELS.keySet()) {
                browser.open(panel);
                browser.waitForPath(panel + "login.xhtml");
                assertTrue(browser.has("#login\\:email"), panel + " shows its login form");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleOpensItsOwnPanelAndNoOtherStaffPanel(Role role) {
        try (Browser browser = new Browser()) {
            String home = STAFF_PANELS.entrySet().stream()
                    .filter(panel -> panel.getValue() == role)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse("/");
            browser.open(home.equals("/") ? "/login.xhtml" : home);
            boolean codeAsked = browser.logIn(USERS.get(role), TestAccounts.PASSWORD);
            browser.waitForPath(home);
            assertEquals(role != Role.BUYER, codeAsked, "staff type the emailed code, buyers only if they chose it");
            browser.screenshot("home-" + role);
            assertEquals(USERS.get(role), browser.text("#current-user"));

            for (Map.Entry<String, Role> panel : STAFF_PANELS.entrySet()) {
                browser.open(panel.getKey());
                boolean allowed = panel.getValue() == role;
                assertEquals(allowed, !browser.has("#error-403"), role + " at " + panel.getKey());
                assertFalse(browser.has("#login\\:email"), "one login serves " + panel.getKey());
            }
            for (String open : List.of("/", "/checkout/")) {
                browser.open(open);
                assertEquals(USERS.get(role), browser.text("#current-user"), "logged in at " + open);
            }
        }
    }

    @Test
    void adminDashboardShowsPlatformFigures() {
        try (Browser browser = new Browser()) {
            browser.open("/admin/");
            browser.logIn(TestAccounts.admin(), TestAccounts.PASSWORD);
            browser.waitForPath("/admin/");

            assertAll(
                    () -> assertTrue(Integer.parseInt(browser.text("#stat-users")) >= Role.values().length),
                    () -> assertTrue(Integer.parseInt(browser.text("#stat-cities")) > 0),
                    () -> assertTrue(browser.text("#database-status").startsWith("Up")));
        }
    }

    @Test
    void loginContinuesToTheDeepLinkThatAskedForIt() {
        try (Browser browser = new Browser()) {
            browser.open("/venue/index.xhtml?tab=orders");
            browser.waitForPath("/venue/login.xhtml");
            browser.logIn(USERS.get(Role.VENUE), TestAccounts.PASSWORD);

            browser.waitFor().until(ignored -> browser.pathAndQuery().equals("/venue/index.xhtml?tab=orders"));
        }
    }

    @Test
    void loginNeverContinuesToAnotherSite() {
        try (Browser browser = new Browser()) {
            browser.open("/artist/login.xhtml?continue=//evil.example/phish");
            browser.logIn(USERS.get(Role.ARTIST), TestAccounts.PASSWORD);

            browser.waitForPath("/artist/");
            assertTrue(browser.has("#welcome"));
        }
    }

    @Test
    void logoutEndsTheSessionOfEveryPanel() {
        try (Browser browser = new Browser()) {
            browser.open("/marketing/");
            browser.logIn(TestAccounts.staff(Role.MARKETING), TestAccounts.PASSWORD);
            browser.waitForPath("/marketing/");

            browser.click("#logout-form\\:logout");
            browser.waitForPath("/");
            assertTrue(browser.has("#login-link"));

            browser.open("/marketing/");
            browser.waitForPath("/marketing/login.xhtml");
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameMessage() {
        try (Browser browser = new Browser()) {
            browser.open("/admin/login.xhtml");
            browser.logIn(USERS.get(Role.VENUE), "not-the-password");
            browser.expectText(Browser.ERROR, INVALID);
            assertEquals("", browser.find("#login\\:password").getAttribute("value"), "password not echoed");

            browser.logIn("nobody-" + System.nanoTime() + "@marquee.test", "whatever-password");
            browser.expectText(Browser.ERROR, INVALID);

            browser.open("/admin/");
            browser.waitForPath("/admin/login.xhtml");
        }
    }

    @Test
    void emptyFieldsGetAMessageEach() {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            // The form posts the whole page: read the answer, not the page it replaces.
            browser.submit("#login\\:submit");

            assertTrue(browser.pageSource().contains("Please enter your email address."));
            assertTrue(browser.pageSource().contains("Please enter your password."));
        }
    }

    @Test
    void repeatedWrongPasswordsLockTheLoginEvenForTheRightPassword() throws Exception {
        String email = "throttled-" + System.nanoTime() + "@marquee.test";
        String password = "the-right-password";
        TestAccounts.insertUser(email, password, Role.ADMIN);

        try (Browser browser = new Browser()) {
            browser.open("/admin/login.xhtml");
            for (int attempt = 1; attempt <= 4; attempt++) {
                browser.logIn(email, "wrong-password-" + attempt);
                browser.expectText(Browser.ERROR, INVALID, "attempt " + attempt);
            }
            browser.logIn(email, "wrong-password-5");
            browser.waitFor().until(ignored -> LOCKED.equals(browser.text(Browser.ERROR)));

            browser.logIn(email, password);
            browser.expectText(Browser.ERROR, LOCKED);
            assertTrue(browser.has("#login\\:email"), "still not logged in");
        }
        assertEquals(5, TestDatabase.count("select count(*) from login_failure where login = ?", email));
    }

    @Test
    void onAPhoneTheNavigationFoldsIntoAMenu() {
        try (Browser browser = new Browser(390, 844)) {
            browser.open("/");
            assertTrue(browser.isDisplayed(".mq-burger"));
            assertFalse(browser.isDisplayed(".mq-nav"));

            browser.click(".mq-burger");
            assertTrue(browser.isDisplayed(".mq-nav"));
            assertTrue(browser.isDisplayed("#login-link"));
            browser.screenshot("phone-menu");
        }
    }
}
