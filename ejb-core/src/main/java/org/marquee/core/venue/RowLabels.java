package org.marquee.core.venue;

import java.util.Locale;
import java.util.Objects;

/**
 * How the rows of a block are labelled, front row first: a scheme and the label of the front row,
 * so a balcony can start at "K" or a block behind another at "21". Letters go A..Z, AA, AB.. AZ,
 * BA..; the theatre variant skips I and O, which are read as 1 and 0 on tickets.
 */
public record RowLabels(Scheme scheme, String first) {

    /** Bounds on the first label keep the labels of a 200-row block short enough for a ticket. */
    private static final int MAX_LETTERS = 3;

    private static final int MAX_NUMBER = 9999;

    public enum Scheme {
        LETTERS("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        LETTERS_WITHOUT_I_AND_O("ABCDEFGHJKLMNPQRSTUVWXYZ"),
        NUMBERS("");

        private final String alphabet;

        Scheme(String alphabet) {
            this.alphabet = alphabet;
        }
    }

    public RowLabels {
        Objects.requireNonNull(scheme, "A row label scheme is required");
        if (first == null || first.isBlank()) {
            throw new IllegalArgumentException("The first row label is required");
        }
        // Stored in canonical form so that " c " and "C", or "07" and "7", are the same labels.
        first = labelAt(scheme, indexOf(scheme, first.strip().toUpperCase(Locale.ROOT)));
    }

    public static RowLabels letters() {
        return new RowLabels(Scheme.LETTERS, "A");
    }

    public static RowLabels lettersWithoutIAndO() {
        return new RowLabels(Scheme.LETTERS_WITHOUT_I_AND_O, "A");
    }

    public static RowLabels numbers() {
        return new RowLabels(Scheme.NUMBERS, "1");
    }

    /** The label of the row {@code rowsBehindFirst} rows behind the front row of the block. */
    public String label(int rowsBehindFirst) {
        if (rowsBehindFirst < 0) {
            throw new IllegalArgumentException("Rows are counted from the front row, got " + rowsBehindFirst);
        }
        return labelAt(scheme, indexOf(scheme, first) + rowsBehindFirst);
    }

    /** Zero-based position of a label in the scheme's sequence (A = 0, Z = 25, AA = 26). */
    private static int indexOf(Scheme scheme, String label) {
        if (scheme == Scheme.NUMBERS) {
            if (!label.matches("[0-9]{1,4}") || Integer.parseInt(label) < 1) {
                throw new IllegalArgumentException("The first row number must be between 1 and " + MAX_NUMBER);
            }
            return Integer.parseInt(label) - 1;
        }
        String alphabet = scheme.alphabet;
        if (label.length() > MAX_LETTERS || label.chars().anyMatch(c -> alphabet.indexOf(c) < 0)) {
            throw new IllegalArgumentException("The first row label must be 1 to " + MAX_LETTERS + " of the letters "
                    + alphabet.charAt(0) + "-" + alphabet.charAt(alphabet.length() - 1)
                    + (scheme == Scheme.LETTERS_WITHOUT_I_AND_O ? " except I and O" : ""));
        }
        // Bijective numeration: there is no zero digit, which is what makes AA follow Z.
        int value = 0;
        for (int i = 0; i < label.length(); i++) {
            value = value * alphabet.length() + alphabet.indexOf(label.charAt(i)) + 1;
        }
        return value - 1;
    }

    private static String labelAt(Scheme scheme, int index) {
        if (scheme == Scheme.NUMBERS) {
            return String.valueOf(index + 1);
        }
        String alphabet = scheme.alphabet;
        StringBuilder letters = new StringBuilder();
        for (int rest = index + 1; rest > 0; rest = (rest - 1) / alphabet.length()) {
            letters.append(alphabet.charAt((rest - 1) % alphabet.length()));
        }
        return letters.reverse().toString();
    }
}
