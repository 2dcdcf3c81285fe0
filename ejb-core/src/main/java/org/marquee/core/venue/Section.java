package org.marquee.core.venue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.Text;

/**
 * A part of a venue sold as one: standing with a capacity, or seated with its seats. Its
 * starting price applies unless a session sets its own price for it.
 */
@Entity
@Table(name = "section")
public class Section {

    public static final int MAX_CAPACITY = 200_000;

    /**
     * More seats than this belong in several sections: a seat map of one section must stay
     * readable and quick to draw, and the largest demo block (the theatre stalls) has 1,500.
     */
    public static final int MAX_SEATS = 5_000;

    @Id
    @SequenceGenerator(name = "section_seq", sequenceName = "section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id", nullable = false)
    private Venue venue;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SectionKind kind;

    /** Standing: the places for sale. Seated: the seats that are not disabled. */
    @Column(nullable = false)
    private int capacity;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "minor", column = @Column(name = "starting_price_minor", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    })
    private Money startingPrice;

    @Embedded
    private Placement placement;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rowLabel, number")
    private List<Seat> seats = new ArrayList<>();

    @Version
    private long version;

    protected Section() {}

    private Section(
            Venue venue, String name, SectionKind kind, Money startingPrice, Placement placement, int sortOrder) {
        this.venue = Objects.requireNonNull(venue);
        this.name = Text.required(name, "A section needs a name", 100);
        this.kind = kind;
        this.startingPrice = checkedPrice(startingPrice);
        this.placement = Objects.requireNonNull(placement, "A section needs a place on the floor plan");
        this.sortOrder = sortOrder;
    }

    static Section standing(
            Venue venue, String name, int capacity, Money startingPrice, Placement placement, int sortOrder) {
        Section section = new Section(venue, name, SectionKind.STANDING, startingPrice, placement, sortOrder);
        section.resize(capacity);
        return section;
    }

    static Section seated(
            Venue venue, String name, Money startingPrice, Placement placement, int sortOrder, List<SeatSpec> seats) {
        Section section = new Section(venue, name, SectionKind.SEATED, startingPrice, placement, sortOrder);
        section.addSeats(seats);
        return section;
    }

    private static Money checkedPrice(Money price) {
        if (price == null || price.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative");
        }
        return price;
    }

    /** Changes how many places a standing section sells. */
    public void resize(int newCapacity) {
        if (kind != SectionKind.STANDING) {
            throw new IllegalStateException("A seated section's capacity is its seats");
        }
        if (newCapacity < 1 || newCapacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("A standing capacity is between 1 and " + MAX_CAPACITY);
        }
        capacity = newCapacity;
    }

    /** Adds generated seats; a seat whose row and number exist already is refused, with all the others. */
    public void addSeats(List<SeatSpec> specs) {
        if (kind != SectionKind.SEATED) {
            throw new IllegalStateException("Only a seated section has seats");
        }
        if (seats.size() + specs.size() > MAX_SEATS) {
            throw new IllegalArgumentException("A section holds at most " + MAX_SEATS + " seats; "
                    + (seats.size() + specs.size()) + " is too many, split them into several sections");
        }
        // Made before anything is added: a seat strips its row label and may refuse its spec.
        List<Seat> added = specs.stream()
                .map(spec -> new Seat(this, spec.rowLabel(), spec.number(), spec.placement()))
                .toList();
        Set<String> taken = new HashSet<>();
        seats.forEach(seat -> taken.add(seat.key()));
        for (Seat seat : added) {
            if (!taken.add(seat.key())) {
                throw new IllegalArgumentException(
                        "Row " + seat.rowLabel() + " seat " + seat.number() + " exists already in " + name);
            }
        }
        seats.addAll(added);
        seatsChanged();
    }

    /** Keeps the seated capacity equal to the seats that can be sold. */
    void seatsChanged() {
        capacity = (int) seats.stream().filter(seat -> !seat.disabled()).count();
    }

    public void reprice(Money newStartingPrice) {
        this.startingPrice = checkedPrice(newStartingPrice);
    }

    public void place(Placement newPlacement) {
        this.placement = Objects.requireNonNull(newPlacement);
    }

    public void rename(String newName) {
        this.name = Text.required(newName, "A section needs a name", 100);
    }

    public boolean isSeated() {
        return kind == SectionKind.SEATED;
    }

    public Long id() {
        return id;
    }

    public Venue venue() {
        return venue;
    }

    public String name() {
        return name;
    }

    public SectionKind kind() {
        return kind;
    }

    public int capacity() {
        return capacity;
    }

    public Money startingPrice() {
        return startingPrice;
    }

    public Placement placement() {
        return placement;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public List<Seat> seats() {
        return Collections.unmodifiableList(seats);
    }
}
