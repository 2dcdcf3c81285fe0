package org.marquee.core.identity;

/**
 * The roles a user can hold. Each staff panel requires one of them; buyers use the public site
 * and the checkout. The names are the group names Jakarta Security sees.
 */
public enum Role {
    ADMIN,
    MARKETING,
    VENUE,
    ARTIST,
    BUYER;

    /** The same names as constants, for annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String MARKETING = "MARKETING";
        public static final String VENUE = "VENUE";
        public static final String ARTIST = "ARTIST";
        public static final String BUYER = "BUYER";

        private Names() {}
    }
}
