package org.marquee.core.testing;

import java.lang.reflect.Field;

/**
 * Gives an entity the id the database would: entities get their ids from JPA only, and rules
 * that compare or key by id (a session's section prices, a section's venue) need one in a unit
 * test.
 */
public final class Ids {

    private Ids() {}

    public static <T> T assign(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(entity.getClass().getSimpleName() + " has no id field", e);
        }
    }
}
