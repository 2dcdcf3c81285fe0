package org.marquee.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.marquee.core.identity.sso.SsoProvider;

/** An account at a single sign-on provider (its stable subject) that signs in one of our users. */
@Entity
@Table(name = "sso_link")
@NamedQuery(
        name = "SsoLink.bySubject",
        query = "select l from SsoLink l join fetch l.user where l.provider = :provider and l.subject = :subject")
@NamedQuery(
        name = "SsoLink.byUserAndProvider",
        query = "select l from SsoLink l where l.user = :user and l.provider = :provider")
public class SsoLink {

    @Id
    @SequenceGenerator(name = "sso_link_seq", sequenceName = "sso_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sso_link_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SsoProvider provider;

    @Column(nullable = false, length = 255)
    private String subject;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Version
    private long version;

    protected SsoLink() {}

    SsoLink(SsoProvider provider, String subject, User user, Instant linkedAt) {
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new IllegalArgumentException("A provider subject is 1 to 255 characters");
        }
        this.provider = Objects.requireNonNull(provider);
        this.subject = subject;
        this.user = Objects.requireNonNull(user);
        this.linkedAt = Objects.requireNonNull(linkedAt);
        this.lastUsedAt = linkedAt;
    }

    void usedAt(Instant when) {
        lastUsedAt = when;
    }

    public SsoProvider provider() {
        return provider;
    }

    public String subject() {
        return subject;
    }

    public User user() {
        return user;
    }

    public Instant linkedAt() {
        return linkedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
