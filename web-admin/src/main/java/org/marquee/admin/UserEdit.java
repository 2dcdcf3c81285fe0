package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.UserAdministration;
import org.marquee.core.identity.UserDetails;
import org.marquee.core.platform.AuditRecord;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/** Creates a staff or buyer account, or changes a user's name, roles and access. */
@Named
@ViewScoped
public class UserEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserAdministration administration;

    @EJB
    private AuditTrail audit;

    private Long id;
    private String email;
    private String displayName;
    private String password;
    // An array, not a list: Faces converts each checked value to the element type of an array.
    private Role[] roles = {};
    private boolean enabled = true;
    private UserDetails user;
    private List<AuditRecord> history = List.of();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            user = administration.details(id);
        } catch (NotFound missing) {
            Responses.notFound();
            return;
        }
        email = user.email();
        displayName = user.displayName();
        roles = user.roles().toArray(Role[]::new);
        enabled = user.enabled();
        history = audit.of("User", id);
    }

    public String save() {
        try {
            if (id == null) {
                UserDetails created = administration.create(email, displayName, password, roleSet());
                Messages.flashInfo("admin.saved", created.email());
                return "user.xhtml?faces-redirect=true&id=" + created.id();
            }
            administration.update(id, displayName, roleSet(), enabled);
            Messages.flashInfo("admin.saved", email);
            return "user.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException refusal) {
            Messages.error(fieldOf(refusal), refusal);
            return null;
        }
    }

    private EnumSet<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Arrays.asList(roles == null ? new Role[0] : roles));
        return set;
    }

    private static String fieldOf(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "identity.emailTaken", "identity.invalidEmail" -> "user:email";
            case "identity.weakPassword" -> "user:password";
            case "invalidInput" -> "user:displayName";
            default -> null;
        };
    }

    public boolean isNew() {
        return id == null;
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public UserDetails getUser() {
        return user;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }
}
