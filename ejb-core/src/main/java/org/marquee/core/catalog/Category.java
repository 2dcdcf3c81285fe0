package org.marquee.core.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.marquee.core.platform.Slugs;
import org.marquee.core.platform.Text;

/** A kind of event visitors browse by: concerts, theatre, comedy... */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Category() {}

    public Category(String name, String slug, int sortOrder) {
        this.name = Text.required(name, "A category needs a name", 100);
        this.slug = Slugs.require(slug);
        this.sortOrder = sortOrder;
    }

    public void rename(String newName) {
        this.name = Text.required(newName, "A category needs a name", 100);
    }

    public void sortAt(int position) {
        this.sortOrder = position;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
