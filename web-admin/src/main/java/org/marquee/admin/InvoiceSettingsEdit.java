package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.marquee.core.invoice.InvoiceSettings;
import org.marquee.core.invoice.IssuerDetails;
import org.marquee.core.invoice.VatRate;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/** The invoices' settings on the admin settings page: the issuer and a VAT rate per country. */
@Named
@ViewScoped
public class InvoiceSettingsEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvoiceSettings settings;

    private String name;
    private String address;
    private String vatId;
    private List<Rate> rates = new ArrayList<>();

    /** One editable row: the country and its rate in percent (empty: none). */
    public static final class Rate implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String country;
        private java.math.BigDecimal percent;

        Rate(VatRate rate) {
            this.code = rate.countryCode();
            this.country = rate.countryName();
            this.percent = rate.percent();
        }

        public String getCode() {
            return code;
        }

        public String getCountry() {
            return country;
        }

        public java.math.BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(java.math.BigDecimal percent) {
            this.percent = percent;
        }
    }

    @PostConstruct
    void load() {
        IssuerDetails issuer = settings.issuer();
        name = issuer.name();
        address = issuer.address();
        vatId = issuer.vatId();
        rates = settings.rates().stream()
                .map(Rate::new)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    public String save() {
        try {
            settings.changeIssuer(new IssuerDetails(name, address, vatId));
            for (Rate rate : rates) {
                settings.setRate(rate.code, rate.percent);
            }
            Messages.flashInfo("invoice.settings.saved");
            return "settings.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getVatId() {
        return vatId;
    }

    public void setVatId(String vatId) {
        this.vatId = vatId;
    }

    public List<Rate> getRates() {
        return rates;
    }
}
