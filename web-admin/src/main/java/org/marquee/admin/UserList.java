package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.UserAdministration;
import org.marquee.core.identity.UserDetails;
import org.marquee.web.PagedModel;

/** The users table: filter by email, name or role. */
@Named
@ViewScoped
public class UserList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserAdministration administration;

    private PagedModel<UserDetails> model;

    @PostConstruct
    void init() {
        UserAdministration service = administration;
        model = new PagedModel<>(
                request -> service.page(request, role(request.filters().get("roles"))), UserDetails::id);
    }

    /** The role column's filter value; anything that is not a role name means "any role". */
    private static Role role(String name) {
        return Arrays.stream(Role.values())
                .filter(role -> role.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    public PagedModel<UserDetails> getModel() {
        return model;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }
}
