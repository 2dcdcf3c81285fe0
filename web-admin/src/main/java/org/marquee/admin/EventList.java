package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.CategoryView;
import org.marquee.core.catalog.EventRow;
import org.marquee.core.catalog.EventStatus;
import org.marquee.core.catalog.Events;
import org.marquee.web.PagedModel;

/** The events table: filter by title, category and status; first and next session of each. */
@Named
@ViewScoped
public class EventList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Events events;

    @EJB
    private Categories categories;

    private PagedModel<EventRow> model;
    private List<CategoryView> categoryChoices;

    @PostConstruct
    void init() {
        Events service = events;
        model = new PagedModel<>(
                request -> service.page(
                        request,
                        categoryId(request.filters().get("category.name")),
                        status(request.filters().get("status"))),
                EventRow::id);
        categoryChoices = categories.all();
    }

    /** The category column's filter value; anything that is not an id means "any category". */
    private static Long categoryId(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    private static EventStatus status(String name) {
        return Arrays.stream(EventStatus.values())
                .filter(status -> status.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    public PagedModel<EventRow> getModel() {
        return model;
    }

    public List<CategoryView> getCategories() {
        return categoryChoices;
    }

    public EventStatus[] getStatuses() {
        return EventStatus.values();
    }
}
