package org.marquee.core.identity.sso;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The two legs of a sign-in at a provider: {@link #begin} builds the address the browser is sent
 * to (with a fresh state, nonce and PKCE challenge), {@link #finish} takes what the provider sent
 * back, checks it belongs to that sign-in, redeems the code and answers who signed in. No account
 * is touched here; that is {@code SsoAccounts}' business.
 */
@ApplicationScoped
public class SignInFlows {

    private static final int CONNECT_MILLIS = 5_000;
    private static final int READ_MILLIS = 10_000;
    /** Discovery documents change rarely; keys are refreshed by the key source itself. */
    private static final Duration DISCOVERY_KEPT = Duration.ofHours(1);

    @Inject
    private SsoSettings settings;

    @Inject
    private Clock clock;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(CONNECT_MILLIS))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final Map<SsoProvider, Discovered> discovered = new ConcurrentHashMap<>();

    private record Discovered(OIDCProviderMetadata metadata, IdTokenCheck check, Instant at) {}

    /** Where to send the browser, and what to keep in its session until it comes back. */
    public record Begun(URI authorizationAddress, PendingSignIn pending) {}

    public Begun begin(SsoProvider provider, URI redirectUri) {
        SsoSettings.Client client = client(provider);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        PendingSignIn pending = new PendingSignIn(
                provider, state.getValue(), nonce.getValue(), verifier.getValue(), redirectUri, clock.instant());
        URI address = client.protocol() instanceof SsoProvider.Oidc
                ? oidcAuthorization(client, pending, state, nonce, verifier)
                : oauthAuthorization(client, pending, verifier);
        return new Begun(address, pending);
    }

    public ProviderIdentity finish(PendingSignIn pending, Map<String, String> callback) {
        if (callback.containsKey("error")) {
            throw new SsoRefused(
                    SsoRefused.Reason.DENIED,
                    pending.provider().label() + " answered " + callback.get("error") + ": "
                            + callback.getOrDefault("error_description", ""));
        }
        if (!pending.state().equals(callback.get("state"))) {
            throw new SsoRefused(SsoRefused.Reason.INVALID_RESPONSE, "The state does not match the sign-in started");
        }
        if (pending.expiredAt(clock.instant())) {
            throw new SsoRefused(SsoRefused.Reason.INVALID_RESPONSE, "The sign-in was started too long ago");
        }
        String code = callback.get("code");
        if (code == null || code.isBlank()) {
            throw new SsoRefused(SsoRefused.Reason.INVALID_RESPONSE, "No authorization code");
        }
        SsoSettings.Client client = client(pending.provider());
        return client.protocol() instanceof SsoProvider.Oidc
                ? finishOidc(client, pending, code)
                : finishOAuth(client, pending, code);
    }

    private SsoSettings.Client client(SsoProvider provider) {
        return settings.client(provider)
                .orElseThrow(() -> new SsoRefused(
                        SsoRefused.Reason.PROVIDER_UNAVAILABLE, provider.label() + " sign-in is not configured"));
    }

    // OpenID Connect

    private URI oidcAuthorization(
            SsoSettings.Client client, PendingSignIn pending, State state, Nonce nonce, CodeVerifier verifier) {
        OIDCProviderMetadata metadata = discover(client).metadata();
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(
                        ResponseType.CODE,
                        new Scope(client.protocol().scopes().toArray(String[]::new)),
                        new ClientID(client.clientId()),
                        pending.redirectUri())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        if (client.provider() == SsoProvider.APPLE) {
            // Apple sends the name and email scopes' answer only as a form POST.
            request.responseMode(ResponseMode.FORM_POST);
        }
        return request.build().toURI();
    }

    private ProviderIdentity finishOidc(SsoSettings.Client client, PendingSignIn pending, String code) {
        Discovered provider = discover(client);
        TokenRequest request = new TokenRequest(
                provider.metadata().getTokenEndpointURI(),
                clientAuthentication(client, provider.metadata()),
                new AuthorizationCodeGrant(
                        new AuthorizationCode(code), pending.redirectUri(), new CodeVerifier(pending.codeVerifier())));
        HTTPRequest httpRequest = request.toHTTPRequest();
        httpRequest.setConnectTimeout(CONNECT_MILLIS);
        httpRequest.setReadTimeout(READ_MILLIS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(httpRequest.send());
        } catch (IOException | ParseException e) {
            throw unavailable(client, e);
        }
        if (!response.indicatesSuccess()) {
            throw new SsoRefused(
                    SsoRefused.Reason.INVALID_RESPONSE,
                    client.provider().label() + " refused the code: "
                            + response.toErrorResponse().getErrorObject());
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse())
                .getOIDCTokens()
                .getIDToken();
        if (idToken == null) {
            throw new SsoRefused(
                    SsoRefused.Reason.INVALID_RESPONSE, client.provider().label() + " sent no ID token");
        }
        return provider.check().check(idToken, new Nonce(pending.nonce()));
    }

    private static ClientAuthentication clientAuthentication(SsoSettings.Client client, OIDCProviderMetadata metadata) {
        ClientID id = new ClientID(client.clientId());
        Secret secret = new Secret(client.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        // Basic is the default of the specification; Apple, for one, takes only the form.
        return methods == null || methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                ? new ClientSecretBasic(id, secret)
                : new ClientSecretPost(id, secret);
    }

    private Discovered discover(SsoSettings.Client client) {
        Discovered known = discovered.get(client.provider());
        if (known != null && known.at().plus(DISCOVERY_KEPT).isAfter(clock.instant())) {
            return known;
        }
        SsoProvider.Oidc oidc = (SsoProvider.Oidc) client.protocol();
        try {
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(oidc.issuer()), CONNECT_MILLIS, READ_MILLIS);
            var keys = JWKSourceBuilder.create(
                            metadata.getJWKSetURI().toURL(), new DefaultResourceRetriever(CONNECT_MILLIS, READ_MILLIS))
                    .build();
            Discovered fresh = new Discovered(
                    metadata,
                    new IdTokenCheck(client.provider(), metadata.getIssuer().getValue(), client.clientId(), keys),
                    clock.instant());
            discovered.put(client.provider(), fresh);
            return fresh;
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
            throw unavailable(client, e);
        }
    }

    // Plain OAuth 2

    private static URI oauthAuthorization(SsoSettings.Client client, PendingSignIn pending, CodeVerifier verifier) {
        SsoProvider.OAuth2 oauth = (SsoProvider.OAuth2) client.protocol();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put(clientIdParameter(oauth), client.clientId());
        query.put("redirect_uri", pending.redirectUri().toString());
        // TikTok separates scopes with commas; the others with spaces.
        query.put("scope", String.join(client.provider() == SsoProvider.TIKTOK ? "," : " ", oauth.scopes()));
        query.put("state", pending.state());
        query.put(
                "code_challenge",
                com.nimbusds.oauth2.sdk.pkce.CodeChallenge.compute(CodeChallengeMethod.S256, verifier)
                        .getValue());
        query.put("code_challenge_method", "S256");
        String base = oauth.authorization().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + form(query));
    }

    private ProviderIdentity finishOAuth(SsoSettings.Client client, PendingSignIn pending, String code) {
        SsoProvider.OAuth2 oauth = (SsoProvider.OAuth2) client.protocol();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", pending.redirectUri().toString());
        form.put("code_verifier", pending.codeVerifier());
        HttpRequest.Builder request = HttpRequest.newBuilder(oauth.token())
                .timeout(Duration.ofMillis(READ_MILLIS))
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (oauth.clientAuthentication() == SsoProvider.ClientAuthentication.BASIC) {
            form.put("client_id", client.clientId());
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((client.clientId() + ":" + client.clientSecret())
                                            .getBytes(StandardCharsets.UTF_8)));
        } else {
            form.put(clientIdParameter(oauth), client.clientId());
            form.put("client_secret", client.clientSecret());
        }
        Map<String, Object> token = json(client, request.POST(HttpRequest.BodyPublishers.ofString(form(form))));
        Object accessToken = token.get("access_token");
        if (!(accessToken instanceof String bearer) || bearer.isBlank()) {
            throw new SsoRefused(
                    SsoRefused.Reason.INVALID_RESPONSE,
                    client.provider().label() + " gave no access token: " + token.get("error"));
        }
        ProviderIdentity identity =
                oauth.mapping().read(client.provider(), json(client, authorized(oauth.userInfo(), bearer)));
        if (client.provider() == SsoProvider.GITHUB && identity.email() == null) {
            identity = withGitHubPrimaryEmail(client, oauth, bearer, identity);
        }
        return identity;
    }

    private ProviderIdentity withGitHubPrimaryEmail(
            SsoSettings.Client client, SsoProvider.OAuth2 oauth, String bearer, ProviderIdentity identity) {
        URI emails = URI.create(oauth.userInfo() + "/emails");
        String body = send(client, authorized(emails, bearer));
        try {
            Optional<String> primary = UserInfoMapping.primaryVerifiedEmail(JSONArrayUtils.parse(body));
            return primary.map(email -> new ProviderIdentity(
                            identity.provider(), identity.subject(), email, true, identity.displayName()))
                    .orElse(identity);
        } catch (java.text.ParseException e) {
            throw unavailable(client, e);
        }
    }

    private static HttpRequest.Builder authorized(URI address, String bearer) {
        return HttpRequest.newBuilder(address)
                .timeout(Duration.ofMillis(READ_MILLIS))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .GET();
    }

    private Map<String, Object> json(SsoSettings.Client client, HttpRequest.Builder request) {
        try {
            return JSONObjectUtils.parse(send(client, request));
        } catch (java.text.ParseException e) {
            throw unavailable(client, e);
        }
    }

    private String send(SsoSettings.Client client, HttpRequest.Builder request) {
        try {
            // GitHub refuses requests without a user agent.
            HttpResponse<String> response =
                    http.send(request.header("User-Agent", "Marquee").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new SsoRefused(
                        SsoRefused.Reason.PROVIDER_UNAVAILABLE,
                        client.provider().label() + " answered " + response.statusCode() + " at "
                                + response.request().uri().getPath());
            }
            return response.body();
        } catch (IOException e) {
            throw unavailable(client, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(client, e);
        }
    }

    private static String clientIdParameter(SsoProvider.OAuth2 oauth) {
        return oauth.clientAuthentication() == SsoProvider.ClientAuthentication.FORM_CLIENT_KEY
                ? "client_key"
                : "client_id";
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static SsoRefused unavailable(SsoSettings.Client client, Exception cause) {
        return new SsoRefused(
                SsoRefused.Reason.PROVIDER_UNAVAILABLE,
                client.provider().label() + " could not be reached: " + cause.getMessage(),
                cause);
    }
}
