package org.marquee.site.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.marquee.core.identity.AccountProfile;
import org.marquee.core.identity.MyAccount;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/** Deletes the logged-in user's account after the password, then ends the session everywhere. */
@Named
@RequestScoped
public class AccountDeletion {

    @Inject
    private HttpServletRequest request;

    @EJB
    private MyAccount account;

    private String password;
    private AccountProfile profile;

    public AccountProfile getProfile() {
        if (profile == null) {
            profile = account.profile();
        }
        return profile;
    }

    public void delete() throws IOException, ServletException {
        try {
            account.delete(password);
        } catch (DomainException refusal) {
            password = null;
            Messages.error(AccountFields.of("delete", refusal), refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request.logout();
        external.invalidateSession();
        external.redirect("/account/deleted.xhtml");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
