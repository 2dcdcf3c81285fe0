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
import org.marquee.core.platform.EmailAddress;

/**
 * Someone who can log in: a buyer or a member of staff. The email is the login name. A buyer who
 * registered themselves logs in once the email is verified; staff and buyers an admin created are
 * verified from the start. A deleted account keeps its row (orders refer to it) without personal data.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.byEmail", query = "select u from User u where u.email = :email")
@NamedQuery(name = "User.countWithRole", query = "select count(u) from User u join u.roles r where r = :role")
public class User {

    /** The staff roles: each needs the emailed code at every login. */
    public static final Set<Role> STAFF_ROLES =
            Collections.unmodifiableSet(EnumSet.of(Role.ADMIN, Role.MARKETING, Role.VENUE, Role.ARTIST));

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

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(length = 16)
    private String phone;

    /** The owner turned off the order texts (confirmation, reminder); the number stays for the sign-in code. */
    @Column(name = "texts_off", nullable = false)
    private boolean textsOff;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage = AccountLanguages.DEFAULT;

    @Column(name = "second_factor", nullable = false)
    private boolean secondFactor;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

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
        this.emailVerified = true;
    }

    /** A buyer who signed up on the public site: may log in once the email is verified. */
    public static User selfRegistered(
            EmailAddress email, String displayName, String passwordHash, String language, Instant createdAt) {
        User user = new User(email, displayName, passwordHash, EnumSet.of(Role.BUYER), createdAt);
        user.emailVerified = false;
        user.preferredLanguage = requireLanguage(language);
        return user;
    }

    static String requireLanguage(String language) {
        if (language == null || !AccountLanguages.ALL.contains(language)) {
            throw new IllegalArgumentException("Choose one of the languages " + AccountLanguages.ALL);
        }
        return language;
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
        // The provider verified the address (SsoAccounts links and creates by verified ones only).
        user.emailVerified = true;
        return user;
    }

    /**
     * A provider proved the address of an account nobody had verified yet. Whoever registered it
     * never showed they read its mail, so their password goes: otherwise someone could register
     * another's address ahead of them and keep a way into the account they then use.
     */
    void provenByProvider() {
        if (!emailVerified) {
            emailVerified = true;
            passwordHash = null;
        }
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
        return enabled && passwordHash != null && deletedAt == null;
    }

    /** The owner showed they read mail sent to the address (a verification or reset link). */
    public void verifyEmail() {
        emailVerified = true;
    }

    void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
    }

    /** Every session that logged in before this moment ends (a reset, a deletion). */
    void endSessionsBefore(Instant now) {
        sessionsValidAfter = Objects.requireNonNull(now);
    }

    /** Whether a session that logged in at that moment may go on. */
    public boolean sessionValid(Instant loggedInAt) {
        return enabled
                && deletedAt == null
                && (sessionsValidAfter == null || (loggedInAt != null && loggedInAt.isAfter(sessionsValidAfter)));
    }

    /** The owner's own settings; a null phone removes it. */
    public void updateProfile(String newName, PhoneNumber newPhone, String language) {
        String name = requireDisplayName(newName);
        String checkedLanguage = requireLanguage(language);
        displayName = name;
        phone = newPhone == null ? null : newPhone.value();
        preferredLanguage = checkedLanguage;
    }

    /** The owner's choice of the order texts (confirmation and reminder) to their phone. */
    public void chooseOrderTexts(boolean wanted) {
        textsOff = !wanted;
    }

    /** Whether the owner gets order texts: a phone number given and the texts not turned off. */
    public boolean wantsOrderTexts() {
        return phone != null && !textsOff && deletedAt == null;
    }

    public boolean orderTextsOff() {
        return textsOff;
    }

    /** The buyer's own choice of the emailed code; staff roles need it whatever the choice. */
    public void chooseSecondFactor(boolean wanted) {
        secondFactor = wanted;
    }

    public boolean holdsStaffRole() {
        return roles.stream().anyMatch(STAFF_ROLES::contains);
    }

    /**
     * Deletion by the owner: the personal data goes, the row stays so that orders keep their
     * buyer. The email becomes a placeholder unique to the row, which frees the address for a new
     * account; nothing can log in any more.
     */
    public void anonymise(Instant now) {
        if (id == null) {
            throw new IllegalStateException("Only a stored user can be deleted");
        }
        email = "deleted-" + id + "@deleted.invalid";
        displayName = "Deleted account";
        phone = null;
        passwordHash = null;
        enabled = false;
        secondFactor = false;
        roles.clear();
        deletedAt = Objects.requireNonNull(now);
        sessionsValidAfter = now;
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

    public boolean emailVerified() {
        return emailVerified;
    }

    public String phone() {
        return phone;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean secondFactorChosen() {
        return secondFactor;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
