package org.marquee.core.venue;

/**
 * How seats are numbered within a row. Left and right are as seen from the seats looking at the
 * stage, which on the plan (stage towards small y) is also the plan's left and right before the
 * block is rotated.
 */
public enum SeatNumbering {
    /** Consecutive from the left end of the row. */
    LEFT_TO_RIGHT,

    /** Consecutive from the right end of the row. */
    RIGHT_TO_LEFT,

    /**
     * The continental European scheme: numbers grow from the centre of the row outwards, odd
     * numbers on the left half, even on the right, so a row of six reads 5 3 1 2 4 6. With an odd
     * count the middle seat takes the first number and the left half the extra seat (5 3 1 2 4).
     * The first number must be odd so the halves keep their parity.
     */
    ODD_EVEN;

    /**
     * The number of the seat at {@code position} (0 = leftmost) in a row of {@code seatsInRow}
     * seats numbered from {@code first}; the row uses exactly first .. first + seatsInRow - 1.
     */
    public int numberAt(int position, int seatsInRow, int first) {
        if (position < 0 || position >= seatsInRow) {
            throw new IllegalArgumentException("Seat position " + position + " is outside a row of " + seatsInRow);
        }
        return switch (this) {
            case LEFT_TO_RIGHT -> first + position;
            case RIGHT_TO_LEFT -> first + seatsInRow - 1 - position;
            case ODD_EVEN -> {
                int leftHalf = (seatsInRow + 1) / 2;
                yield position < leftHalf
                        ? first + 2 * (leftHalf - 1 - position)
                        : first + 1 + 2 * (position - leftHalf);
            }
        };
    }
}
