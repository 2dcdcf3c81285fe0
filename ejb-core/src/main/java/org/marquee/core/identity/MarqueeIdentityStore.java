package org.marquee.core.identity;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * The one identity store of the application: users and roles from our database. It opens a session
 * only for a passed login challenge ({@link SignIns}), never for a bare password, so no path skips
 * the emailed code of an account that needs one. A single sign-on starts such a challenge too
 * ({@link SignIns#startAfterSingleSignOn}).
 */
@ApplicationScoped
public class MarqueeIdentityStore implements IdentityStore {

    @EJB
    private SignIns signIns;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SignInCredential signIn)) {
            return NOT_VALIDATED_RESULT;
        }
        LoginResult result = signIns.complete(signIn);
        if (!result.succeeded()) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(
                result.email(), result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
