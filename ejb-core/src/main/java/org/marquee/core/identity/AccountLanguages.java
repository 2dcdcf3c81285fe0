package org.marquee.core.identity;

import java.util.List;

/** The languages an account's mail can be in: every mail template exists in each. */
public final class AccountLanguages {

    public static final List<String> ALL = List.of("en", "de");

    public static final String DEFAULT = "en";

    private AccountLanguages() {}
}
