package org.marquee.core.team;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.marquee.core.identity.User;
import org.marquee.core.venue.Venue;

/** A user in a venue's team, as its OWNER or a MANAGER. */
@Entity
@Table(name = "venue_person")
public class VenuePerson extends Membership {

    @Id
    @SequenceGenerator(name = "venue_person_seq", sequenceName = "venue_person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_person_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id", nullable = false)
    private Venue venue;

    protected VenuePerson() {}

    public VenuePerson(Venue venue, User user, MemberRole role, Instant since) {
        super(user, role, since);
        this.venue = Objects.requireNonNull(venue, "A venue membership needs a venue");
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public TeamKind kind() {
        return TeamKind.VENUE;
    }

    @Override
    public long teamId() {
        return venue.id();
    }

    @Override
    public String teamName() {
        return venue.name();
    }
}
