package org.marquee.core.platform;

/** Input a rule of the model refused; the message says which rule, for the person who typed it. */
public class InvalidInput extends DomainException {

    public InvalidInput(String reason) {
        super("invalidInput", reason);
    }

    /** Runs a step that builds or changes the model, turning its refusals into InvalidInput. */
    public static <T> T check(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput(e.getMessage());
        }
    }

    public static void check(Runnable step) {
        check(() -> {
            step.run();
            return null;
        });
    }
}
