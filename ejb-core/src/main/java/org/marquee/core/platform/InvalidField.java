package org.marquee.core.platform;

/**
 * A refusal about one input of a form: the service names the field (in its own terms, such as
 * {@code endsAt} or {@code price:42}) so that the panel can show the message at that input.
 */
public class InvalidField extends DomainException {

    private final String field;

    public InvalidField(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
