package org.marquee.core.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsValuesTest {

    private static SettingsValues withHold(int minutes) {
        return new SettingsValues("Marquee", "EUR", minutes, 10, 250, 99);
    }

    private static SettingsValues withMaxTickets(int tickets) {
        return new SettingsValues("Marquee", "EUR", 15, tickets, 250, 99);
    }

    private static SettingsValues withPercentFee(int basisPoints) {
        return new SettingsValues("Marquee", "EUR", 15, 10, basisPoints, 99);
    }

    private static SettingsValues withFixedFee(long minor) {
        return new SettingsValues("Marquee", "EUR", 15, 10, 250, minor);
    }

    @Test
    void valuesWithinTheirBoundsAreKept() {
        SettingsValues values = new SettingsValues("Marquee", "EUR", 15, 10, 250, 99);

        assertEquals(15, values.holdMinutes());
        assertEquals(10, values.maxTicketsPerOrder());
        assertEquals(250, values.feePercentBasisPoints());
        assertEquals(99, values.feeFixedMinor());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 120})
    void aHoldLastsFromOneMinuteToTwoHours(int minutes) {
        assertDoesNotThrow(() -> withHold(minutes));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 121, Integer.MAX_VALUE})
    void aHoldOutsideOneMinuteToTwoHoursIsRefused(int minutes) {
        assertThrows(IllegalArgumentException.class, () -> withHold(minutes));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void anOrderHoldsFromOneToAHundredTickets(int tickets) {
        assertDoesNotThrow(() -> withMaxTickets(tickets));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 101})
    void anOrderLimitOutsideOneToAHundredIsRefused(int tickets) {
        assertThrows(IllegalArgumentException.class, () -> withMaxTickets(tickets));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10_000})
    void thePercentageFeeIsFromZeroToAHundredPercent(int basisPoints) {
        assertDoesNotThrow(() -> withPercentFee(basisPoints));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10_001})
    void aPercentageFeeBelowZeroOrAboveAHundredPercentIsRefused(int basisPoints) {
        assertThrows(IllegalArgumentException.class, () -> withPercentFee(basisPoints));
    }

    @Test
    void theFixedFeeMayBeZeroButNotNegative() {
        assertDoesNotThrow(() -> withFixedFee(0));
        assertDoesNotThrow(() -> withFixedFee(Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> withFixedFee(-1));
    }
}
