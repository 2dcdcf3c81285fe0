package org.marquee.core.venue;

import java.io.Serializable;
import java.math.BigDecimal;

/** A standing section as the layout form holds it before it is added; the model checks it on adding. */
public class StandingSectionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Integer capacity;
    private BigDecimal startingPrice;
    private final PlacementDraft area = new PlacementDraft(0, 800, 0, Shape.RECTANGLE, 1600, 1200);

    public int capacity() {
        return PlacementDraft.required(capacity, "The capacity");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public BigDecimal getStartingPrice() {
        return startingPrice;
    }

    public void setStartingPrice(BigDecimal startingPrice) {
        this.startingPrice = startingPrice;
    }

    public PlacementDraft getArea() {
        return area;
    }
}
