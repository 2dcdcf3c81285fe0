package org.marquee.core.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void aStepThatSucceedsGivesItsResult() {
        assertEquals("done", InvalidInput.check(() -> "done"));
    }

    @Test
    void aStepWithoutResultIsRun() {
        AtomicBoolean ran = new AtomicBoolean();

        InvalidInput.check(() -> ran.set(true));

        assertTrue(ran.get());
    }

    @Test
    void aRefusedArgumentBecomesInvalidInputWithTheRuleAsArgument() {
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> InvalidInput.check(() -> {
                    throw new IllegalArgumentException("A venue needs a name");
                }));

        assertEquals("invalidInput", refused.messageKey());
        assertArrayEquals(new Object[] {"A venue needs a name"}, refused.arguments());
    }

    @Test
    void aRefusedStateChangeBecomesInvalidInput() {
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> InvalidInput.check(() -> {
                    throw new IllegalStateException("A cancelled event cannot be published again");
                }));

        assertArrayEquals(new Object[] {"A cancelled event cannot be published again"}, refused.arguments());
    }

    @Test
    void refusalsFromTheModelInsideAStepBecomeInvalidInput() {
        assertThrows(InvalidInput.class, () -> InvalidInput.check(() -> Money.ofMinor(1, "XYZ")));
        assertThrows(InvalidInput.class, () -> InvalidInput.check(() -> Text.required(" ", "A name", 10)));
    }

    @Test
    void otherFailuresPassThroughUnchanged() {
        NullPointerException missing = new NullPointerException("A session needs an event");
        SlugTaken taken = new SlugTaken("berghain");

        assertSame(
                missing,
                assertThrows(
                        NullPointerException.class,
                        () -> InvalidInput.check(() -> {
                            throw missing;
                        })));
        assertSame(
                taken,
                assertThrows(
                        SlugTaken.class,
                        () -> InvalidInput.check(() -> {
                            throw taken;
                        })));
    }
}
