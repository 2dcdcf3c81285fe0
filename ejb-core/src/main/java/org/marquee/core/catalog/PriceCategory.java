package org.marquee.core.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.Text;
import org.marquee.core.venue.Section;

/**
 * A kind of ticket within a session (Standard, Reduced, VIP), with its own price per section, an
 * optional limit on how many are sold, and whether it is offered publicly or only through a
 * promo code.
 */
@Entity
@Table(name = "price_category")
public class PriceCategory {

    @Id
    @SequenceGenerator(name = "price_category_seq", sequenceName = "price_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_category_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private EventSession session;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "is_public", nullable = false)
    private boolean isPublic;

    @Column(name = "quantity_limit")
    private Integer quantityLimit;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection
    @CollectionTable(name = "price_category_price", joinColumns = @JoinColumn(name = "price_category_id"))
    @MapKeyColumn(name = "section_id")
    @Column(name = "price_minor", nullable = false)
    private Map<Long, Long> prices = new HashMap<>();

    protected PriceCategory() {}

    PriceCategory(EventSession session, String name, boolean isPublic, Integer quantityLimit, int sortOrder) {
        this.session = session;
        this.sortOrder = sortOrder;
        describe(name, isPublic, quantityLimit);
    }

    /** Called through the session, which keeps names unique. */
    void describe(String newName, boolean newIsPublic, Integer newQuantityLimit) {
        if (newQuantityLimit != null && newQuantityLimit < 1) {
            throw new IllegalArgumentException("A quantity limit is at least 1");
        }
        this.name = Text.required(newName, "A price category needs a name", 100);
        this.isPublic = newIsPublic;
        this.quantityLimit = newQuantityLimit;
    }

    public void price(Section section, Money price) {
        checkPrice(section, price);
        prices.put(section.id(), price.minor());
    }

    /** Replaces every price of the category; it is not sold in the sections left out. */
    public void reprice(Map<Section, Money> newPrices) {
        newPrices.forEach(this::checkPrice);
        prices.clear();
        newPrices.forEach((section, price) -> prices.put(section.id(), price.minor()));
    }

    private void checkPrice(Section section, Money price) {
        if (price.isNegative() || !price.currency().equals(session.currency())) {
            throw new IllegalArgumentException("A price is a non-negative amount in " + session.currency());
        }
        if (!section.venue().id().equals(session.venue().id())) {
            throw new IllegalArgumentException("Section " + section.name() + " is not at this session's venue");
        }
    }

    /** This category's price in a section; empty when the category is not sold there. */
    public Optional<Money> priceIn(Section section) {
        return Optional.ofNullable(prices.get(section.id())).map(minor -> Money.ofMinor(minor, session.currency()));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isPublic() {
        return isPublic;
    }

    public Optional<Integer> quantityLimit() {
        return Optional.ofNullable(quantityLimit);
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String currency() {
        return session.currency();
    }

    public Map<Long, Long> prices() {
        return Collections.unmodifiableMap(prices);
    }
}
