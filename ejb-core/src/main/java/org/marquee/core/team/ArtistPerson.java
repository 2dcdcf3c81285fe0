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
import org.marquee.core.catalog.Artist;
import org.marquee.core.identity.User;

/** A user in an artist's team, as its OWNER or a MANAGER. */
@Entity
@Table(name = "artist_person")
public class ArtistPerson extends Membership {

    @Id
    @SequenceGenerator(name = "artist_person_seq", sequenceName = "artist_person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "artist_person_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "artist_id", nullable = false)
    private Artist artist;

    protected ArtistPerson() {}

    public ArtistPerson(Artist artist, User user, MemberRole role, Instant since) {
        super(user, role, since);
        this.artist = Objects.requireNonNull(artist, "An artist membership needs an artist");
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public TeamKind kind() {
        return TeamKind.ARTIST;
    }

    @Override
    public long teamId() {
        return artist.id();
    }

    @Override
    public String teamName() {
        return artist.name();
    }
}
