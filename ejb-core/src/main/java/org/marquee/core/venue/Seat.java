package org.marquee.core.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** One seat of a seated section, placed on the floor plan. A disabled seat is never sold. */
@Entity
@Table(name = "seat")
public class Seat {

    @Id
    @SequenceGenerator(name = "seat_seq", sequenceName = "seat_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seat_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    @Column(name = "row_label", nullable = false, length = 10)
    private String rowLabel;

    @Column(name = "seat_number", nullable = false)
    private int number;

    @Embedded
    private Placement placement;

    @Column(nullable = false)
    private boolean disabled;

    @Column(nullable = false)
    private boolean wheelchair;

    @Column(nullable = false)
    private boolean companion;

    protected Seat() {}

    Seat(Section section, String rowLabel, int number, Placement placement) {
        this.section = Objects.requireNonNull(section);
        if (rowLabel == null || rowLabel.isBlank() || rowLabel.strip().length() > 10) {
            throw new IllegalArgumentException("A seat needs a row label of up to 10 characters");
        }
        if (number < 1) {
            throw new IllegalArgumentException("Seat numbers start at 1");
        }
        this.rowLabel = rowLabel.strip();
        this.number = number;
        this.placement = Objects.requireNonNull(placement);
    }

    public void disable() {
        disabled = true;
        section.seatsChanged();
    }

    public void enable() {
        disabled = false;
        section.seatsChanged();
    }

    /** A wheelchair space, sold with its companion seat next to it. */
    public void markWheelchair(boolean value) {
        wheelchair = value;
    }

    public void markCompanion(boolean value) {
        companion = value;
    }

    String key() {
        return rowLabel + "-" + number;
    }

    public Long id() {
        return id;
    }

    public Section section() {
        return section;
    }

    public String rowLabel() {
        return rowLabel;
    }

    public int number() {
        return number;
    }

    public Placement placement() {
        return placement;
    }

    public boolean disabled() {
        return disabled;
    }

    public boolean wheelchair() {
        return wheelchair;
    }

    public boolean companion() {
        return companion;
    }
}
