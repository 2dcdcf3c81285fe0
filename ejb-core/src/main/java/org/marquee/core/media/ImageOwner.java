package org.marquee.core.media;

import java.util.Objects;

/**
 * A kind of record that shows a picture, by its entity name ("Artist", "Event", "Venue",
 * "BlogPost"; also the name the audit trail gives it). Media knows no owner: any entity of the
 * persistence unit that is {@link Illustrated} is one, found through the metamodel.
 */
public record ImageOwner(String entity) {

    public ImageOwner {
        Objects.requireNonNull(entity, "entity");
    }

    /** The owner kind of an entity class whose entity name is its simple name (JPA's default). */
    public static ImageOwner of(Class<? extends Illustrated> type) {
        return new ImageOwner(type.getSimpleName());
    }
}
