package org.marquee.core.identity;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * The one identity store of the application: users and roles from our database, checked by
 * password or, for a single sign-on, taken from the {@link SsoCredential} {@link SsoAccounts} made.
 */
@ApplicationScoped
public class MarqueeIdentityStore implements IdentityStore {

    @EJB
    private Logins logins;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof SsoCredential sso) {
            // Made by SsoAccounts after the provider's answer was validated, in this request.
            return new CredentialValidationResult(
                    sso.email(), sso.roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return NOT_VALIDATED_RESULT;
        }
        LoginResult result = logins.attempt(password.getCaller(), password.getPasswordAsString());
        if (!result.succeeded()) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(
                result.email(), result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
