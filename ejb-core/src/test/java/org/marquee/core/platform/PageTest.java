package org.marquee.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private static List<Integer> items(int n) {
        return Collections.nCopies(n, 1);
    }

    @Test
    void anExactTotalTellsWhetherThereIsANextPage() {
        Page<Integer> middle = new Page<>(items(20), 20, 20, 45);
        Page<Integer> last = new Page<>(items(5), 40, 20, 45);

        assertTrue(middle.hasNext());
        assertTrue(middle.hasPrevious());
        assertEquals(2, middle.number());
        assertEquals(3, middle.pages());
        assertFalse(last.hasNext());
        assertFalse(middle.totalIsLowerBound());
    }

    @Test
    void aLowerBoundStillLeadsToTheNextPage() {
        Page<Integer> first = new Page<>(items(20), 0, 20, 1020, true);

        assertTrue(first.hasNext());
        assertTrue(first.totalIsLowerBound());
        assertEquals(51, first.pages());
    }
}
