package org.marquee.core.platform;

/** The values of the platform settings, checked together. */
public record SettingsValues(
        String platformName,
        String defaultCurrency,
        int holdMinutes,
        int maxTicketsPerOrder,
        int feePercentBasisPoints,
        long feeFixedMinor) {

    public SettingsValues {
        platformName = Text.required(platformName, "The platform needs a name", 100);
        defaultCurrency = Money.zero(defaultCurrency).currency();
        if (holdMinutes < 1 || holdMinutes > 120) {
            throw new IllegalArgumentException("The hold lasts between 1 and 120 minutes");
        }
        if (maxTicketsPerOrder < 1 || maxTicketsPerOrder > 100) {
            throw new IllegalArgumentException("An order holds between 1 and 100 tickets");
        }
        if (feePercentBasisPoints < 0 || feePercentBasisPoints > 10_000) {
            throw new IllegalArgumentException("The percentage fee is between 0% and 100%");
        }
        if (feeFixedMinor < 0) {
            throw new IllegalArgumentException("The fixed fee cannot be negative");
        }
    }

    /** The service fee every order pays on top of its tickets. */
    public ServiceFee serviceFee() {
        return new ServiceFee(feePercentBasisPoints, feeFixedMinor, defaultCurrency);
    }
}
