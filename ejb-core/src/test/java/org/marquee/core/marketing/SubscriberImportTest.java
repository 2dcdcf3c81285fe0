package org.marquee.core.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriberImportTest {

    private static final Map<String, SubscriberStatus> LIST = Map.of(
            "on@list.org", SubscriberStatus.CONFIRMED,
            "waiting@list.org", SubscriberStatus.PENDING,
            "left@list.org", SubscriberStatus.UNSUBSCRIBED);

    private static SubscriberImport.Plan plan(String csv) {
        return SubscriberImport.plan(SubscriberCsv.parse(csv), email -> Optional.ofNullable(LIST.get(email)));
    }

    @Test
    void validRowsAreAcceptedAndEveryOtherRowIsReportedWithItsLineAndReason() {
        SubscriberImport.Plan plan = plan("Email,Language\n"
                + "new@fans.org,de\n"
                + "not-an-address,en\n"
                + "NEW@fans.org\n"
                + "on@list.org\n"
                + "waiting@list.org\n"
                + "left@list.org\n"
                + "other@fans.org;fr\n"
                + "\n"
                + "\"quoted@fans.org\",\"en\"\n");

        assertEquals(
                List.of("new@fans.org", "quoted@fans.org"),
                plan.accepted().stream().map(a -> a.email().value()).toList());
        assertEquals("de", plan.accepted().get(0).language());
        assertEquals(
                List.of(
                        new ImportReport.Rejected(3, "not-an-address", "not an email address"),
                        new ImportReport.Rejected(4, "NEW@fans.org", "appears already on line 2"),
                        new ImportReport.Rejected(5, "on@list.org", "on the list already"),
                        new ImportReport.Rejected(
                                6, "waiting@list.org", "on the list already, waiting for its confirmation"),
                        new ImportReport.Rejected(
                                7, "left@list.org", "unsubscribed: only its owner can subscribe again"),
                        new ImportReport.Rejected(8, "other@fans.org", "unknown language \"fr\" (en or de)")),
                plan.rejected());
    }

    @Test
    void withoutHeaderTheFirstLineIsAnAddressAndTheLanguageDefaultsToEnglish() {
        SubscriberImport.Plan plan = plan("\uFEFFfirst@fans.org\r\nsecond@fans.org\r\n");
        assertEquals(2, plan.accepted().size());
        assertEquals("en", plan.accepted().get(1).language());
    }

    @Test
    void anOversizedFileIsRefusedWhole() {
        String csv = "a@b.org\n".repeat(SubscriberCsv.MAX_LINES + 1);
        assertThrows(IllegalArgumentException.class, () -> plan(csv));
    }
}
