package org.marquee.site.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marquee.core.identity.AccountLanguages;
import org.marquee.core.identity.AccountProfile;
import org.marquee.core.identity.MyAccount;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/** The logged-in user's settings: name, phone and order texts, mail language, the emailed code. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyAccount account;

    private AccountProfile profile;
    private String displayName;
    private String phone;
    private String language;
    private boolean secondFactor;
    private boolean orderTexts;

    @PostConstruct
    void load() {
        profile = account.profile();
        displayName = profile.displayName();
        phone = profile.phone();
        language = profile.language();
        secondFactor = profile.secondFactorChosen() || profile.secondFactorRequired();
        orderTexts = profile.orderTexts();
    }

    public String save() {
        try {
            account.update(displayName, phone, orderTexts, language, secondFactor);
            Messages.flashInfo("account.saved");
            return "/account/index.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(AccountFields.of("profile", refusal), refusal);
            return null;
        }
    }

    public AccountProfile getProfile() {
        return profile;
    }

    public List<String> getLanguages() {
        return AccountLanguages.ALL;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isOrderTexts() {
        return orderTexts;
    }

    public void setOrderTexts(boolean orderTexts) {
        this.orderTexts = orderTexts;
    }

    public boolean isSecondFactor() {
        return secondFactor;
    }

    public void setSecondFactor(boolean secondFactor) {
        this.secondFactor = secondFactor;
    }
}
