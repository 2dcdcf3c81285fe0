package org.marquee.core.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The user-info answers of the plain OAuth 2 providers, as they send them. */
class UserInfoMappingTest {

    private static ProviderIdentity read(SsoProvider provider, String json) throws ParseException {
        Map<String, Object> parsed = JSONObjectUtils.parse(json);
        return ((SsoProvider.OAuth2) provider.protocol()).mapping().read(provider, parsed);
    }

    @Test
    void gitHubsNumericIdIsTheSubjectAndItsPublicAddressIsVerified() throws ParseException {
        ProviderIdentity identity = read(
                SsoProvider.GITHUB,
                "{\"login\":\"octocat\",\"id\":583231,\"name\":null,\"email\":\"octo@example.test\"}");
        assertEquals("583231", identity.subject());
        assertEquals("octocat", identity.displayName(), "the login when there is no name");
        assertTrue(identity.emailVerified());
    }

    @Test
    void gitHubWithoutPublicAddressTakesThePrimaryVerifiedOne() throws ParseException {
        ProviderIdentity identity = read(SsoProvider.GITHUB, "{\"login\":\"octocat\",\"id\":1,\"email\":null}");
        assertNull(identity.email());
        assertFalse(identity.emailVerified());
        assertEquals(
                Optional.of("main@example.test"),
                UserInfoMapping.primaryVerifiedEmail(JSONArrayUtils.parse("[{\"email\":\"old@example.test\","
                        + "\"primary\":false,\"verified\":true},{\"email\":\"main@example.test\",\"primary\":true,"
                        + "\"verified\":true}]")));
        assertEquals(
                Optional.empty(),
                UserInfoMapping.primaryVerifiedEmail(JSONArrayUtils.parse(
                        "[{\"email\":\"main@example.test\",\"primary\":true,\"verified\":false}]")),
                "an unverified primary address is no address");
    }

    @Test
    void xNestsTheUserInDataAndGivesOnlyAConfirmedAddress() throws ParseException {
        ProviderIdentity identity = read(
                SsoProvider.X,
                "{\"data\":{\"id\":\"2244994945\",\"name\":\"X Dev\",\"username\":\"xdev\","
                        + "\"confirmed_email\":\"dev@example.test\"}}");
        assertEquals("2244994945", identity.subject());
        assertEquals("dev@example.test", identity.email());
        assertTrue(identity.emailVerified());
    }

    @Test
    void tikTokGivesNoAddress() throws ParseException {
        ProviderIdentity identity =
                read(SsoProvider.TIKTOK, "{\"data\":{\"user\":{\"open_id\":\"open-1\",\"display_name\":\"Tik\"}}}");
        assertEquals("open-1", identity.subject());
        assertNull(identity.email());
        assertFalse(identity.emailVerified());
    }

    @Test
    void anAnswerWithoutSubjectIsRefused() {
        SsoRefused refused = assertThrows(SsoRefused.class, () -> read(SsoProvider.FACEBOOK, "{\"name\":\"x\"}"));
        assertEquals(SsoRefused.Reason.INVALID_RESPONSE, refused.reason());
    }
}
