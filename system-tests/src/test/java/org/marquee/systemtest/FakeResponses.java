package org.marquee.systemtest;

/** The error bodies the provider fakes answer a failure a test asked for with. */
final class FakeResponses {

    private FakeResponses() {}

    static LoopbackFake.Response stripeFailure(int status) {
        return StripeFake.error(
                status,
                status >= 500 ? "api_error" : "invalid_request_error",
                null,
                "The fake was told to fail this request (HTTP " + status + ").",
                null);
    }
}
