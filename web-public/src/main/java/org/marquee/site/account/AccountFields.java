package org.marquee.site.account;

import org.marquee.core.platform.DomainException;

/** Which input of an account form a refusal from ejb-core is about; null for the page as a whole. */
final class AccountFields {

    private AccountFields() {}

    static String of(String form, DomainException refusal) {
        String field =
                switch (refusal.messageKey()) {
                    case "identity.emailTaken", "identity.invalidEmail", "account.reset.throttled" -> "email";
                    case "identity.weakPassword", "account.wrongPassword" -> "password";
                    case "account.invalidPhone" -> "phone";
                    case "invalidInput" -> "displayName";
                    default -> null;
                };
        return field == null ? null : form + ":" + field;
    }
}
