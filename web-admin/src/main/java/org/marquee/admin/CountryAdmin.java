package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import org.marquee.core.geo.CountryView;
import org.marquee.core.geo.Geography;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.Settings;
import org.marquee.web.Messages;
import org.marquee.web.PagedModel;

/** The countries page: the table, adding a country, renaming and deleting unused ones. */
@Named
@ViewScoped
public class CountryAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Geography geography;

    @EJB
    private Settings settings;

    private PagedModel<CountryView> model;
    private String newCode;
    private String newName;
    private String newCurrency;
    private String editedCode;
    private String editedName;
    private String editedCurrency;

    @PostConstruct
    void init() {
        Geography service = geography;
        model = new PagedModel<>(service::pageCountries, CountryView::code);
    }

    public String add() {
        return attempt(() -> geography.addCountry(newCode, newName, newCurrency).name(), "admin.saved");
    }

    public void edit(CountryView country) {
        editedCode = country.code();
        editedName = country.name();
        editedCurrency = country.currency();
    }

    public String rename() {
        return attempt(
                () -> {
                    geography.describeCountry(editedCode, editedName, editedCurrency);
                    return editedName;
                },
                "admin.saved");
    }

    public String delete(CountryView country) {
        return attempt(
                () -> {
                    geography.deleteCountry(country.code());
                    return country.name();
                },
                "admin.deleted");
    }

    private String attempt(Supplier<String> change, String doneKey) {
        try {
            String name = change.get();
            Messages.flashInfo(doneKey, name);
            return "countries.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public PagedModel<CountryView> getModel() {
        return model;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewCurrency() {
        return newCurrency;
    }

    public void setNewCurrency(String newCurrency) {
        this.newCurrency = newCurrency;
    }

    public String getEditedCurrency() {
        return editedCurrency;
    }

    public void setEditedCurrency(String editedCurrency) {
        this.editedCurrency = editedCurrency;
    }

    /** The platform's default currency, which a country without its own uses. */
    public String getDefaultCurrency() {
        return settings.current().defaultCurrency();
    }

    public String getEditedCode() {
        return editedCode;
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }
}
