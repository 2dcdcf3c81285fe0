package org.marquee.core.reporting;

import java.io.Serializable;
import java.time.Instant;
import org.marquee.core.platform.Money;

/** A payment an admin should look at, with its order's PNR for the link to the order page. */
public record AdminPaymentRow(
        long id,
        long orderId,
        String pnr,
        String provider,
        String paymentRef,
        Money amount,
        String status,
        String attention,
        String note,
        Instant createdAt,
        Instant settledAt,
        String refundRef)
        implements Serializable {}
