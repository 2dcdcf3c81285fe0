package org.marquee.core.payment;

import okhttp3.HttpUrl;

/** Moves a request of PayPal's SDK from the environment's fixed address to the configured one. */
final class PayPalAddress {

    private PayPalAddress() {}

    static HttpUrl rebase(HttpUrl url, HttpUrl base) {
        HttpUrl.Builder moved =
                url.newBuilder().scheme(base.scheme()).host(base.host()).port(base.port());
        String prefix = base.encodedPath();
        if (!prefix.equals("/")) {
            String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
            moved.encodedPath(trimmed + url.encodedPath());
        }
        return moved.build();
    }
}
