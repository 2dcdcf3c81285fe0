package org.marquee.core.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** Someone who can log in: a buyer or a member of staff. The email is the login name. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.byEmail", query = "select u from User u where u.email = :email")
@NamedQuery(name = "User.countWithRole", query = "select count(u) from User u join u.roles r where r = :role")
public class User {

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // Read for a whole page of users in one query, not one per user.
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected User() {}

    public User(EmailAddress email, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.email = Objects.requireNonNull(email).value();
        this.displayName = requireDisplayName(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.enabled = true;
    }

    /**
     * A buyer who signed up through a single sign-on provider that vouched for the address. Such
     * a user has no password: the password login refuses them until they set one.
     */
    static User signedUpThroughProvider(EmailAddress email, String displayName, Instant createdAt) {
        User user = new User();
        user.email = Objects.requireNonNull(email).value();
        user.displayName = requireDisplayName(displayName);
        user.roles = EnumSet.of(Role.BUYER);
        user.createdAt = Objects.requireNonNull(createdAt);
        user.enabled = true;
        return user;
    }

    private static String requireDisplayName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A user needs a name");
        }
        return name.strip();
    }

    public void rename(String newName) {
        this.displayName = requireDisplayName(newName);
    }

    /** Replaces the roles: what the user may do from the next login on. */
    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public boolean canLogIn() {
        return enabled && passwordHash != null;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }
}
