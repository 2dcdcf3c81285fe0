package org.marquee.core.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule of the business said no. It carries a message key (resolved against the web modules'
 * resource bundle, or into a problem+json title) and the values the message needs. Rolls the
 * transaction back: a refused command changes nothing.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
