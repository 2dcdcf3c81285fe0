package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;

/**
 * A staff panel's menu is shown only to who may use the panel: not on its login page to a
 * visitor, not on its "not for this account" page to a buyer (issue 12, item 27); the public
 * site and the checkout keep theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PanelMenusIT {

    private static final List<String> STAFF = List.of("/admin/", "/venue/", "/artist/", "/marketing/");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aVisitorAndABuyerSeeNoStaffMenu() throws Exception {
        HttpClient visitor = PanelAccessMatrixIT.client();
        for (String panel : STAFF) {
            String login =
                    PanelAccessMatrixIT.get(visitor, panel + "login.xhtml").body();
            assertTrue(login.contains("id=\"login\""), panel + " login page");
            assertFalse(login.contains("class=\"mq-nav\""), panel + " login page shows the panel's menu");
        }
        String email = "menu-buyer-" + System.nanoTime() + "@marquee.test";
        TestAccounts.insertUser(email, "menu-password-1", Role.BUYER);
        HttpClient buyer = PanelAccessMatrixIT.logIn(email, "menu-password-1");
        for (String panel : STAFF) {
            String page = PanelAccessMatrixIT.get(buyer, panel).body();
            assertFalse(page.contains("class=\"mq-nav\""), panel + " shows its menu to a buyer");
        }
        assertTrue(PanelAccessMatrixIT.get(buyer, "/").body().contains("class=\"mq-nav\""), "the public site's");
    }
}
