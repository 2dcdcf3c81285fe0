package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.marquee.core.platform.AuditRecord;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.Settings;
import org.marquee.core.platform.SettingsValues;
import org.marquee.web.Messages;

/** The platform settings form. */
@Named
@ViewScoped
public class SettingsEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Settings settings;

    private String platformName;
    private String defaultCurrency;
    private Integer holdMinutes;
    private Integer maxTicketsPerOrder;
    private BigDecimal feePercent;
    private BigDecimal feeFixed;
    private List<AuditRecord> history;

    @PostConstruct
    void load() {
        SettingsValues current = settings.current();
        platformName = current.platformName();
        defaultCurrency = current.defaultCurrency();
        holdMinutes = current.holdMinutes();
        maxTicketsPerOrder = current.maxTicketsPerOrder();
        feePercent = BigDecimal.valueOf(current.feePercentBasisPoints(), 2);
        feeFixed = Money.ofMinor(current.feeFixedMinor(), current.defaultCurrency())
                .amount();
        history = settings.history();
    }

    public String save() {
        try {
            settings.change(platformName, defaultCurrency, holdMinutes, maxTicketsPerOrder, feePercent, feeFixed);
            Messages.flashInfo("admin.settings.saved");
            return "settings.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String getPlatformName() {
        return platformName;
    }

    public void setPlatformName(String platformName) {
        this.platformName = platformName;
    }

    public String getDefaultCurrency() {
        return defaultCurrency;
    }

    public void setDefaultCurrency(String defaultCurrency) {
        this.defaultCurrency = defaultCurrency;
    }

    public Integer getHoldMinutes() {
        return holdMinutes;
    }

    public void setHoldMinutes(Integer holdMinutes) {
        this.holdMinutes = holdMinutes;
    }

    public Integer getMaxTicketsPerOrder() {
        return maxTicketsPerOrder;
    }

    public void setMaxTicketsPerOrder(Integer maxTicketsPerOrder) {
        this.maxTicketsPerOrder = maxTicketsPerOrder;
    }

    public BigDecimal getFeePercent() {
        return feePercent;
    }

    public void setFeePercent(BigDecimal feePercent) {
        this.feePercent = feePercent;
    }

    public BigDecimal getFeeFixed() {
        return feeFixed;
    }

    public void setFeeFixed(BigDecimal feeFixed) {
        this.feeFixed = feeFixed;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }
}
