package org.marquee.core.waitingroom;

/**
 * How a session's waiting room admits: whether it is on, how many visitors a minute reach the
 * checkout, and for how many minutes an admission lets its visitor start orders.
 */
public record RoomSettings(boolean enabled, int admitPerMinute, int admissionMinutes) {

    public static final int MAX_RATE = 100_000;
    public static final int MAX_ADMISSION_MINUTES = 120;

    /** What the form proposes for a session without a room. */
    public static final RoomSettings PROPOSED = new RoomSettings(false, 300, 15);

    public RoomSettings {
        if (admitPerMinute < 1 || admitPerMinute > MAX_RATE) {
            throw new IllegalArgumentException("Admit between 1 and " + MAX_RATE + " visitors a minute");
        }
        if (admissionMinutes < 1 || admissionMinutes > MAX_ADMISSION_MINUTES) {
            throw new IllegalArgumentException(
                    "An admission lasts between 1 and " + MAX_ADMISSION_MINUTES + " minutes");
        }
    }
}
