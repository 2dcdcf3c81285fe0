package org.marquee.core.venue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marquee.core.geo.City;
import org.marquee.core.media.Illustrated;
import org.marquee.core.media.Image;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.Slugs;
import org.marquee.core.platform.Text;

/** A place where sessions happen, in a city, with a floor plan of sections. */
@Entity
@Table(name = "venue")
public class Venue implements Illustrated {

    @Id
    @SequenceGenerator(name = "venue_seq", sequenceName = "venue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id", nullable = false)
    private City city;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(columnDefinition = "text")
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    private Image image;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "venue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, name")
    private List<Section> sections = new ArrayList<>();

    @Version
    private long version;

    protected Venue() {}

    public Venue(String name, String slug, City city, String address, Instant createdAt) {
        this.name = Text.required(name, "A venue needs a name", 200);
        this.slug = Slugs.require(slug);
        this.city = Objects.requireNonNull(city, "A venue needs a city");
        this.address = Text.required(address, "A venue needs an address", 300);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void describe(String name, String address, String description) {
        this.name = Text.required(name, "A venue needs a name", 200);
        this.address = Text.required(address, "A venue needs an address", 300);
        this.description = Text.optional(description, 20_000);
    }

    public void moveTo(City newCity) {
        this.city = Objects.requireNonNull(newCity, "A venue needs a city");
    }

    @Override
    public void showImage(Image picture) {
        this.image = picture;
    }

    public Section addStandingSection(String sectionName, int capacity, Money startingPrice, Placement placement) {
        Section section = Section.standing(this, sectionName, capacity, startingPrice, placement, sections.size());
        add(section);
        return section;
    }

    public Section addSeatedSection(
            String sectionName, Money startingPrice, Placement placement, List<SeatSpec> seats) {
        Section section = Section.seated(this, sectionName, startingPrice, placement, sections.size(), seats);
        add(section);
        return section;
    }

    private void add(Section section) {
        if (findSection(section.name()).isPresent()) {
            throw new IllegalArgumentException("The venue has a section named " + section.name() + " already");
        }
        sections.add(section);
    }

    /** Takes one of this venue's sections off the plan, its seats with it. */
    public void removeSection(Section section) {
        if (!sections.remove(section)) {
            throw new IllegalArgumentException("Section " + section.name() + " is not at " + name);
        }
    }

    public Optional<Section> findSection(String sectionName) {
        return sections.stream()
                .filter(s -> s.name().equalsIgnoreCase(sectionName.strip()))
                .findFirst();
    }

    /** Everything the venue can sell at once: standing capacity plus seats that are not disabled. */
    public int capacity() {
        return sections.stream().mapToInt(Section::capacity).sum();
    }

    public ZoneId timeZone() {
        return city.timeZone();
    }

    /**
     * The currency the venue sells in: the one its sections are priced in once it has any (a
     * venue keeps the currency it was laid out in, so its sessions always match its prices), else
     * its country's, else the platform's default.
     */
    public String currency(String platformDefault) {
        if (!sections.isEmpty()) {
            return sections.get(0).startingPrice().currency();
        }
        return city.country().currency().orElse(platformDefault);
    }

    @Override
    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public City city() {
        return city;
    }

    public String address() {
        return address;
    }

    public String description() {
        return description;
    }

    @Override
    public Image image() {
        return image;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }
}
