package org.marquee.core.checkin;

import java.time.Instant;

/**
 * What became of one offline check-in: APPLIED (checked in now, at its scan time), ALREADY_SYNCED
 * (this device's own check-in, sent again), DUPLICATE (checked in already by another device or
 * scan: the result says when, where, by whom: the door let someone in twice), or REFUSED (the
 * ticket does not admit: the result says why).
 */
public record SyncedCheckin(String code, Outcome outcome, ScanResult result) {

    public enum Outcome {
        APPLIED,
        ALREADY_SYNCED,
        DUPLICATE,
        REFUSED
    }

    static Outcome outcome(ScanResult result, String device, Instant at) {
        return switch (result.answer()) {
            case VALID -> Outcome.APPLIED;
            case ALREADY_USED -> device.equals(result.checkedInDevice()) && at.equals(result.checkedInAt())
                    ? Outcome.ALREADY_SYNCED
                    : Outcome.DUPLICATE;
            default -> Outcome.REFUSED;
        };
    }
}
