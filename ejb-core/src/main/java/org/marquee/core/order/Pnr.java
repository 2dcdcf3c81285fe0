package org.marquee.core.order;

import java.math.BigInteger;
import java.util.Locale;

/**
 * The booking reference of an order: seven characters from an alphabet without look-alikes (no
 * 0/O, no 1/I/L), read out on the phone and typed at the door.
 *
 * <p>It is the order's id run through a fixed permutation of the 31^7 possible references, so two
 * orders never share one and no retry or extra query is needed; consecutive orders get unrelated
 * references. It is not a secret: acting on an order takes its token ({@link OrderToken}).
 */
public final class Pnr {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 7;

    private static final int BASE = ALPHABET.length();
    private static final BigInteger SPACE = BigInteger.valueOf(BASE).pow(LENGTH);
    /** Coprime with 31, so multiplying by it permutes the space; about 0.62 of it, so neighbours scatter. */
    private static final BigInteger MULTIPLIER = BigInteger.valueOf(17_003_290_577L);

    private static final BigInteger OFFSET = BigInteger.valueOf(9_150_625_131L);

    private Pnr() {}

    /** The largest order id that has a reference of its own. */
    public static long maxId() {
        return SPACE.longValueExact() - 1;
    }

    public static String of(long orderId) {
        if (orderId < 0 || orderId > maxId()) {
            throw new IllegalArgumentException("No reference for order id " + orderId);
        }
        long value = BigInteger.valueOf(orderId)
                .multiply(MULTIPLIER)
                .add(OFFSET)
                .mod(SPACE)
                .longValueExact();
        char[] text = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            text[i] = ALPHABET.charAt((int) (value % BASE));
            value /= BASE;
        }
        return new String(text);
    }

    /** A reference as someone typed it: spaces and case do not matter; anything else must be exact. */
    public static String normalize(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("Enter the booking reference");
        }
        String pnr = typed.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        if (pnr.length() != LENGTH || pnr.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException(
                    "A booking reference is " + LENGTH + " letters and digits, such as " + of(1));
        }
        return pnr;
    }
}
