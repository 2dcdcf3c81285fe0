package org.marquee.core.payment;

import java.util.Map;

/** HTTP header names are case-insensitive; what a webhook resource hands over may be spelled any way. */
final class PaymentHeaders {

    private PaymentHeaders() {}

    static String value(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        String exact = headers.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }
}
