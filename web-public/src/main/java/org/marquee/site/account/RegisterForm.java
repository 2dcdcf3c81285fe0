package org.marquee.site.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.marquee.core.identity.AccountLanguages;
import org.marquee.core.identity.Registrations;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;
import org.marquee.web.language.Languages;

/** Sign-up: creates the unverified account and mails the link; the page then says to check the inbox. */
@Named
@RequestScoped
public class RegisterForm {

    @Inject
    private HttpServletRequest request;

    @EJB
    private Registrations registrations;

    private String displayName;
    private String email;
    private String password;
    private String language;
    private boolean sent;

    /** The mail language defaults to the page's (the header's switch, else the browser's). */
    @PostConstruct
    void init() {
        sent = "true".equals(request.getParameter("sent"));
        String page = Languages.of(request).getLanguage();
        language = AccountLanguages.ALL.contains(page) ? page : AccountLanguages.DEFAULT;
    }

    public String submit() {
        try {
            registrations.register(email, displayName, password, language);
            return "/account/register.xhtml?faces-redirect=true&sent=true";
        } catch (DomainException refusal) {
            password = null;
            Messages.error(AccountFields.of("register", refusal), refusal);
            return null;
        }
    }

    public List<String> getLanguages() {
        return AccountLanguages.ALL;
    }

    public boolean isSent() {
        return sent;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
