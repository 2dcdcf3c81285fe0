package org.marquee.core.marketing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.marquee.core.platform.EmailAddress;

/**
 * The rules of a CSV import, row by row: a malformed address, an unknown language, an address
 * twice in the file, one on the list already, and one that unsubscribed (only its owner may come
 * back) are refused with the reason; every other row is added.
 */
public final class SubscriberImport {

    /** A row that will be added. */
    public record Accepted(EmailAddress email, String language) {}

    /** The rows to add and those refused. */
    public record Plan(List<Accepted> accepted, List<ImportReport.Rejected> rejected) {}

    private SubscriberImport() {}

    /**
     * @param known the status of an address on the list, by normalised address
     */
    public static Plan plan(List<List<String>> lines, Function<String, Optional<SubscriberStatus>> known) {
        if (lines.size() > SubscriberCsv.MAX_LINES) {
            throw new IllegalArgumentException(
                    "An import holds at most " + SubscriberCsv.MAX_LINES + " lines; split the file.");
        }
        List<Accepted> accepted = new ArrayList<>();
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> fields = lines.get(i);
            int line = i + 1;
            if (i == 0 && SubscriberCsv.isHeader(fields)) {
                continue;
            }
            String email = fields.isEmpty() ? "" : fields.get(0);
            if (email.isBlank() && fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            String language = fields.size() > 1 && !fields.get(1).isBlank()
                    ? fields.get(1).strip().toLowerCase(Locale.ROOT)
                    : NewsletterLanguages.DEFAULT;
            String reason = reason(email, language, seen, known);
            if (reason != null) {
                rejected.add(new ImportReport.Rejected(line, email, reason));
                continue;
            }
            EmailAddress address = new EmailAddress(email);
            seen.put(address.value(), line);
            accepted.add(new Accepted(address, language));
        }
        return new Plan(accepted, rejected);
    }

    private static String reason(
            String email,
            String language,
            Map<String, Integer> seen,
            Function<String, Optional<SubscriberStatus>> known) {
        if (!EmailAddress.isValid(email)) {
            return "not an email address";
        }
        if (!NewsletterLanguages.isKnown(language)) {
            return "unknown language \"" + language + "\" (en or de)";
        }
        String normalized = EmailAddress.normalize(email);
        if (seen.containsKey(normalized)) {
            return "appears already on line " + seen.get(normalized);
        }
        Optional<SubscriberStatus> status = known.apply(normalized);
        if (status.isEmpty()) {
            return null;
        }
        return switch (status.get()) {
            case CONFIRMED -> "on the list already";
            case PENDING -> "on the list already, waiting for its confirmation";
            case UNSUBSCRIBED -> "unsubscribed: only its owner can subscribe again";
        };
    }
}
