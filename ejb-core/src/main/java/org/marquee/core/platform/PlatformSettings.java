package org.marquee.core.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The settings of the whole platform: one row. Fees are a percentage in basis points (100 =
 * 1%) plus a fixed amount per ticket in the default currency.
 */
@Entity
@Table(name = "platform_settings")
public class PlatformSettings {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "platform_name", nullable = false, length = 100)
    private String platformName;

    @Column(name = "default_currency", nullable = false, length = 3)
    private String defaultCurrency;

    @Column(name = "hold_minutes", nullable = false)
    private int holdMinutes;

    @Column(name = "max_tickets_per_order", nullable = false)
    private int maxTicketsPerOrder;

    @Column(name = "fee_percent_bp", nullable = false)
    private int feePercentBasisPoints;

    @Column(name = "fee_fixed_minor", nullable = false)
    private long feeFixedMinor;

    @Version
    private long version;

    protected PlatformSettings() {}

    /** Changes every setting at once; the values were checked as a whole when they were made. */
    public void change(SettingsValues values) {
        this.platformName = values.platformName();
        this.defaultCurrency = values.defaultCurrency();
        this.holdMinutes = values.holdMinutes();
        this.maxTicketsPerOrder = values.maxTicketsPerOrder();
        this.feePercentBasisPoints = values.feePercentBasisPoints();
        this.feeFixedMinor = values.feeFixedMinor();
    }

    public SettingsValues values() {
        return new SettingsValues(
                platformName, defaultCurrency, holdMinutes, maxTicketsPerOrder, feePercentBasisPoints, feeFixedMinor);
    }
}
