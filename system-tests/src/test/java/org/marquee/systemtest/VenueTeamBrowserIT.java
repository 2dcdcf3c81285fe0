package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A venue team in the browser: an owner switches to one of their two venues and invites a
 * manager; the manager opens the link of the email, logs in, accepts and sees that venue only; a used or
 * expired link says so and changes nothing; the manager leaves. And the admin's Owners section.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VenueTeamBrowserIT {

    /** The class's venue owner, of two halls with a session each. */
    private static final String OWNER = "venue-owner-" + System.nanoTime() + "@marquee.test";

    private static final String PASSWORD = "manager-password-1";

    @BeforeAll
    static void ownerOfTwoVenues() throws Exception {
        long owner = TestAccounts.insertUser(OWNER, PASSWORD, Role.VENUE);
        for (int i = 0; i < 2; i++) {
            TestAccounts.insertMember(
                    owner,
                    "venue_person",
                    "venue_id",
                    BurstArena.create(1, 4, 10, 1).venueId(),
                    "OWNER");
        }
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void anOwnerInvitesAManagerWhoAcceptsAndSeesOnlyThatVenue() throws Exception {
        String manager = "manager-" + System.nanoTime() + "@marquee.test";
        TestAccounts.insertUser(manager, PASSWORD, Role.BUYER);
        List<String> ownVenues = ownerVenueNames();
        assertEquals(2, ownVenues.size(), "the owner owns two venues");
        String venue = ownVenues.get(1);
        long venueId = TestDatabase.count("select id from venue where name = ?", venue);
        long otherVenueSession = TestDatabase.count(
                "select min(s.id) from event_session s join venue v on v.id = s.venue_id where v.name = ?",
                ownVenues.get(0));

        String late = "late-" + System.nanoTime() + "@marquee.test";
        String link;
        String expiredLink;
        try (MailServer mail = MailServer.start();
                Browser owner = loggedIn("/venue/", OWNER, PASSWORD)) {
            assertEquals(ownVenues, texts(owner, "#my-teams .mq-team strong"));
            switchTo(owner, venue);
            owner.click("#nav-team");
            owner.waitForPath("/venue/team.xhtml");
            assertEquals(venue, owner.text("#team-name"));

            owner.type("#invite\\:email", manager);
            owner.click("#invite\\:send");
            assertEquals("Invitation sent to " + manager + " as Manager.", owner.text(Browser.INFO));
            MimeMessage invitation =
                    mail.await(manager, 1, Duration.ofSeconds(30)).get(0);
            String ownerName = TestDatabase.string("select display_name from app_user where email = ?", OWNER);
            assertEquals(ownerName + " invites you to the team of " + venue + " on Marquee", invitation.getSubject());
            link = linkIn(invitation);
            assertTrue(link.startsWith(Deployments.url("/venue/invitation.xhtml?token=")), link);
            assertEquals(link, owner.find("#invitation-url").getAttribute("value"), "the owner sees the same link");
            assertTrue(owner.text("#pending").contains(manager));
            owner.screenshot("venue-team-invited");

            owner.type("#invite\\:email", late);
            owner.click("#invite\\:send");
            owner.waitFor()
                    .until(ignored -> owner.find("#invitation-url").getAttribute("value") != null
                            && !owner.find("#invitation-url")
                                    .getAttribute("value")
                                    .equals(link));
            expiredLink = owner.find("#invitation-url").getAttribute("value");
            expire(late);
        }

        try (Browser member = new Browser()) {
            member.driver().get(link);
            member.waitForPath("/venue/login.xhtml");
            member.logIn(manager, PASSWORD);
            member.waitForPath("/venue/invitation.xhtml");
            assertTrue(member.text("#invitation-offer").contains(venue));
            assertTrue(member.text("#invitation-offer").contains("Manager"));
            member.click("#accept\\:submit");

            // The panel's role is new to this account: roles are read at login.
            member.waitForPath("/venue/login.xhtml");
            assertEquals(
                    "You joined " + venue + " as Manager. Please log in again to open the panel.",
                    member.text(Browser.INFO));
            member.logIn(manager, PASSWORD);
            member.waitForPath("/venue/");
            assertEquals(List.of(venue), texts(member, "#my-teams .mq-team strong"));
            assertEquals(venue, member.text("#current-team"));
            member.screenshot("venue-team-manager-home");

            member.click("#nav-sessions");
            member.waitForPath("/venue/sessions.xhtml");
            List<Long> shown = member.driver().findElements(By.cssSelector("#sessions\\:table_data a")).stream()
                    .map(a -> Long.parseLong(a.getAttribute("href").replaceAll(".*id=", "")))
                    .toList();
            assertFalse(shown.isEmpty(), "the venue's sessions");
            for (long session : shown) {
                assertEquals(venueId, TestDatabase.count("select venue_id from event_session where id = ?", session));
            }

            member.open("/venue/session.xhtml?id=" + otherVenueSession);
            assertTrue(member.has("#error-404"), "the owner's other venue is out of the manager's scope");
            assertFalse(member.has("#session-title"));

            member.open("/venue/team.xhtml");
            assertTrue(member.text("#members").contains(manager));
            assertFalse(member.has("#invite\\:email"), "managers do not invite");
            assertTrue(member.driver()
                    .findElements(By.cssSelector("[id$=':remove']"))
                    .isEmpty());

            member.driver().get(link);
            assertEquals(
                    "This invitation has been used already. A link works once; if it was not you, ask the team's owner.",
                    member.text(Browser.ERROR));
            assertFalse(member.has("#accept\\:submit"));

            member.driver().get(expiredLink);
            assertEquals(
                    "This invitation has expired. Ask the team's owner to invite you again.",
                    member.text(Browser.ERROR));
            assertFalse(member.has("#accept\\:submit"));

            member.open("/venue/team.xhtml");
            member.click("#members\\:leave");
            member.click(".ui-confirmdialog-yes");
            member.waitForPath("/venue/index.xhtml");
            assertEquals("You left " + venue + ".", member.text(Browser.INFO));
            assertTrue(member.has("#no-teams"));
        }
        assertEquals(
                0,
                TestDatabase.count(
                        "select count(*) from venue_person vp join app_user u on u.id = vp.user_id where u.email = ?",
                        manager));
        assertEquals(
                0,
                TestDatabase.count(
                        "select count(*) from team_invitation where email = ? and accepted_at is not null", late));
    }

    @Test
    void anAdminAssignsAndRemovesOwnersButNeverTheLastOne() throws Exception {
        String newOwner = "owner-" + System.nanoTime() + "@marquee.test";
        String secondOwner = "second-" + System.nanoTime() + "@marquee.test";
        TestAccounts.insertUser(newOwner, PASSWORD, Role.BUYER);
        TestAccounts.insertUser(secondOwner, PASSWORD, Role.BUYER);
        long venue = BurstArena.create(1, 2, 5, 0).venueId();
        try (Browser admin = loggedIn("/admin/", TestAccounts.admin(), TestAccounts.PASSWORD)) {
            admin.open("/admin/venue.xhtml?id=" + venue);
            assertTrue(admin.has("#no-owners"));

            admin.type("#owners\\:email", "nobody-" + System.nanoTime() + "@marquee.test");
            admin.click("#owners\\:assign");
            assertTrue(admin.text("#owners .ui-message-error-detail").startsWith("There is no account with the email"));

            admin.type("#owners\\:email", newOwner);
            admin.click("#owners\\:assign");
            assertEquals(newOwner + " is now an owner.", admin.text(Browser.INFO));
            assertEquals(List.of(newOwner), texts(admin, ".mq-owner-email"));
            admin.screenshot("admin-venue-owners");

            removeOwner(admin, newOwner);
            assertTrue(admin.text(Browser.ERROR).contains("must keep at least one owner"));

            admin.type("#owners\\:email", secondOwner);
            admin.click("#owners\\:assign");
            admin.waitFor().until(ignored -> texts(admin, ".mq-owner-email").size() == 2);
            removeOwner(admin, newOwner);
            assertEquals(newOwner + " is no longer an owner.", admin.text(Browser.INFO));
            assertEquals(List.of(secondOwner), texts(admin, ".mq-owner-email"));
            assertTrue(admin.text("#history").contains(newOwner + " assigned as owner"));
        }
        assertEquals(
                "BUYER",
                TestDatabase.string("select string_agg(role, ',') from user_role r join app_user u"
                        + " on u.id = r.user_id where u.email = '" + newOwner + "'"),
                "the venue role went with the last membership");
        try (Connection connection = TestDatabase.connect();
                PreparedStatement cleanup =
                        connection.prepareStatement("delete from venue_person where venue_id = ?")) {
            cleanup.setLong(1, venue);
            cleanup.executeUpdate();
        }
    }

    /** The invitation link in the plain-text part of the email. */
    private static String linkIn(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                Matcher link = Pattern.compile("https?://\\S+token=\\S+")
                        .matcher((String) parts.getBodyPart(i).getContent());
                assertTrue(link.find(), "a link in the text");
                return link.group();
            }
        }
        throw new AssertionError("No plain text part");
    }

    private static void removeOwner(Browser admin, String email) {
        WebElement row = admin.driver().findElements(By.cssSelector(".mq-owner")).stream()
                .filter(li -> li.getText().contains(email))
                .findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("button")).click();
        admin.click(".ui-confirmdialog-yes");
    }

    /** Picks the venue in the panel's switcher, retrying the menu as {@link AdminSteps#choose} does. */
    private static void switchTo(Browser browser, String venue) {
        String label = "#team-switcher\\:team_label";
        if (browser.text(label).equals(venue)) {
            return;
        }
        // Choosing reloads the page (CurrentTeam.switched redirects): wait for the new page, or
        // the next click may land on the old one.
        WebElement page = browser.find("html");
        AdminSteps.choose(browser, "#team-switcher\\:team", venue);
        browser.waitFor().until(ExpectedConditions.stalenessOf(page));
        browser.waitFor().until(d -> {
            try {
                return d.findElement(By.cssSelector(label)).getText().equals(venue);
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
    }

    private static List<String> ownerVenueNames() throws Exception {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select v.name from venue v join venue_person vp on vp.venue_id = v.id join app_user u"
                                + " on u.id = vp.user_id where u.email = ? order by v.name, v.id")) {
            query.setString(1, OWNER);
            try (var rows = query.executeQuery()) {
                List<String> names = new java.util.ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return names;
            }
        }
    }

    private static void expire(String email) throws Exception {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement expire =
                        connection.prepareStatement("update team_invitation set created_at = now() - interval '8 days',"
                                + " expires_at = now() - interval '1 day' where email = ?")) {
            expire.setString(1, email);
            assertEquals(1, expire.executeUpdate());
        }
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static Browser loggedIn(String panel, String email, String password) {
        Browser browser = new Browser();
        browser.open(panel);
        browser.logIn(email, password);
        browser.waitForPath(panel);
        return browser;
    }
}
