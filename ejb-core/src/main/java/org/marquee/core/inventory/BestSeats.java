package org.marquee.core.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Best available": n adjacent free seats in the best section whose price lies in a range, never
 * leaving a single free seat stranded between the block and a taken seat, a gap in the numbering
 * or the end of the row (nobody buys that orphan). The best section is the dearest in the range
 * (venues price their better sections higher), then the one with more free seats; within it the
 * front row wins (row A before B, Z before AA), and within a row the block nearest the row's
 * middle. Pure logic over a snapshot, so it is tested without a server; the claim that follows
 * checks every seat again.
 */
public final class BestSeats {

    /** A seat of the snapshot: free or not (held, sold and disabled seats are all "not free"). */
    public record Candidate(long seatId, long sectionId, String rowLabel, int number, boolean free) {}

    /** A section of the snapshot with the price of one ticket in minor units. */
    public record PricedSection(long sectionId, long priceMinor) {}

    private BestSeats() {}

    /**
     * The seat ids of the best block of {@code n}, or empty when no section within [{@code
     * minPrice}, {@code maxPrice}] (null: unbounded) has one.
     */
    public static Optional<List<Long>> find(
            List<Candidate> seats, List<PricedSection> sections, int n, Long minPrice, Long maxPrice) {
        if (n < 1) {
            throw new IllegalArgumentException("Ask for at least one seat");
        }
        Map<Long, List<Candidate>> bySection = new LinkedHashMap<>();
        seats.forEach(seat -> bySection
                .computeIfAbsent(seat.sectionId(), id -> new ArrayList<>())
                .add(seat));
        return sections.stream()
                .filter(s -> (minPrice == null || s.priceMinor() >= minPrice)
                        && (maxPrice == null || s.priceMinor() <= maxPrice))
                .filter(s -> free(bySection.get(s.sectionId())) >= n)
                .sorted(Comparator.comparingLong(PricedSection::priceMinor)
                        .reversed()
                        .thenComparing(s -> -free(bySection.get(s.sectionId()))))
                .map(s -> inSection(bySection.get(s.sectionId()), n))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static long free(List<Candidate> seats) {
        return seats == null ? 0 : seats.stream().filter(Candidate::free).count();
    }

    private static Optional<List<Long>> inSection(List<Candidate> seats, int n) {
        Map<String, List<Candidate>> rows = new LinkedHashMap<>();
        seats.stream()
                .sorted(Comparator.comparing((Candidate c) -> c.rowLabel().length())
                        .thenComparing(Candidate::rowLabel)
                        .thenComparingInt(Candidate::number))
                .forEach(seat -> rows.computeIfAbsent(seat.rowLabel(), r -> new ArrayList<>())
                        .add(seat));
        for (List<Candidate> row : rows.values()) {
            Optional<List<Long>> block = inRow(row, n);
            if (block.isPresent()) {
                return block;
            }
        }
        return Optional.empty();
    }

    /** The valid block nearest the middle of a row (seats sorted by number). */
    static Optional<List<Long>> inRow(List<Candidate> row, int n) {
        double middle = (row.get(0).number() + row.get(row.size() - 1).number()) / 2.0;
        List<Long> best = null;
        double bestDistance = Double.MAX_VALUE;
        int runStart = 0;
        for (int i = 0; i <= row.size(); i++) {
            boolean runEnds = i == row.size()
                    || !row.get(i).free()
                    || (i > runStart && row.get(i).number() != row.get(i - 1).number() + 1);
            if (!runEnds) {
                continue;
            }
            int length = i - runStart;
            for (int start = 0; start + n <= length; start++) {
                int left = start;
                int right = length - n - start;
                if (left == 1 || right == 1) {
                    continue;
                }
                List<Candidate> block = row.subList(runStart + start, runStart + start + n);
                double centre = (block.get(0).number() + block.get(n - 1).number()) / 2.0;
                double distance = Math.abs(centre - middle);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = block.stream().map(Candidate::seatId).toList();
                }
            }
            runStart = i < row.size() && row.get(i).free() ? i : i + 1;
        }
        return Optional.ofNullable(best);
    }
}
