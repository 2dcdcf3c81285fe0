package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.marquee.core.identity.AccountLinks;
import org.marquee.core.platform.SigningKeys;

/**
 * The signed addresses of an order's page and calendar file, for its emails and texts: they open
 * that order to whoever holds them, guest or not, without a login (see {@link OrderLinkSignature}).
 * The key comes from {@code MARQUEE_LINK_SECRET}; see {@link SigningKeys} for a server without it.
 */
@Stateless
public class OrderLinks {

    static final String KEY_NAME = "order-links";
    static final String VARIABLE = "MARQUEE_LINK_SECRET";

    /** The page guests (and anyone with the link) open; the account area has its own. */
    public static final String PAGE = "/order.xhtml";

    /** The calendar file of an order's session. */
    public static final String CALENDAR = "/calendar/order.ics";

    @EJB
    private SigningKeys keys;

    public String signature(long orderId) {
        return signer().sign(orderId);
    }

    public boolean verifies(long orderId, String signature) {
        return signer().verifies(orderId, signature);
    }

    /** The absolute address of the order's page, for an email. */
    public String page(long orderId) {
        return base() + PAGE + query(orderId);
    }

    /** The absolute address of the order's calendar file, for an email. */
    public String calendar(long orderId) {
        return base() + CALENDAR + query(orderId);
    }

    /** "?order=..&sig=..", the part both addresses share (the pages build relative links from it). */
    public String query(long orderId) {
        return "?order=" + orderId + "&sig=" + URLEncoder.encode(signature(orderId), StandardCharsets.UTF_8);
    }

    private static String base() {
        return AccountLinks.from(System::getenv).base();
    }

    private OrderLinkSignature signer() {
        byte[] key;
        try {
            key = keys.key(KEY_NAME, VARIABLE);
        } catch (SigningKeys.KeyRace race) {
            key = keys.key(KEY_NAME, VARIABLE);
        }
        return new OrderLinkSignature(key);
    }
}
