package org.marquee.core.marketing;

import java.io.Serializable;

/** A blog category as lists, pickers and links show it. */
public record BlogCategoryView(long id, String name, String slug) implements Serializable {

    static BlogCategoryView of(BlogCategory category) {
        return new BlogCategoryView(category.id(), category.name(), category.slug());
    }
}
