package org.marquee.core.order;

/** Who starts an order: a guest, or a logged-in user by login (email). */
public record Buyer(String login) {

    public static Buyer guest() {
        return new Buyer(null);
    }

    public static Buyer user(String login) {
        if (login == null || login.isBlank()) {
            throw new IllegalArgumentException("A logged-in buyer has a login");
        }
        return new Buyer(login);
    }

    public boolean isGuest() {
        return login == null;
    }
}
