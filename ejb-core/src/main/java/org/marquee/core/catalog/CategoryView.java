package org.marquee.core.catalog;

import java.io.Serializable;

/** A category as lists, pickers and links show it. */
public record CategoryView(long id, String name, String slug) implements Serializable {

    static CategoryView of(Category category) {
        return new CategoryView(category.id(), category.name(), category.slug());
    }
}
