package org.marquee.core.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list: its items, where it starts, and how many there are in all. Where
 * counting every match would cost more than it tells, the total may be a lower bound: there are
 * at least that many ({@code totalIsLowerBound}), and always more than this page if there is a next.
 */
public record Page<T>(List<T> items, int first, int size, long total, boolean totalIsLowerBound) {

    public Page(List<T> items, int first, int size, long total) {
        this(items, first, size, total, false);
    }

    /** The same page with each item turned into another, such as an entity into its row. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), first, size, total, totalIsLowerBound);
    }

    public boolean hasNext() {
        return first + items.size() < total;
    }

    public boolean hasPrevious() {
        return first > 0;
    }

    public int number() {
        return size == 0 ? 1 : first / size + 1;
    }

    public int pages() {
        return size == 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
    }
}
