package org.marquee.core.marketing;

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

/** A topic of the blog: news, interviews, guides... */
@Entity
@Table(name = "blog_category")
public class BlogCategory {

    @Id
    @SequenceGenerator(name = "blog_category_seq", sequenceName = "blog_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blog_category_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Version
    private long version;

    protected BlogCategory() {}

    public BlogCategory(String name, String slug) {
        this.name = Text.required(name, "A blog category needs a name", 100);
        this.slug = Slugs.require(slug);
    }

    public void rename(String newName) {
        this.name = Text.required(newName, "A blog category needs a name", 100);
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
}
