package org.marquee.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboards' arithmetic outside the database: days between sales, totals, the attendee CSV. */
class DashboardFiguresTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    @Test
    void daysWithoutASaleAreZerosBetweenTheFirstSaleAndTheEndOfTheWindow() {
        List<SalesDay> sold = List.of(new SalesDay(MAY_1, 2), new SalesDay(MAY_1.plusDays(3), 5));

        assertEquals(
                List.of(
                        new SalesDay(MAY_1, 2),
                        new SalesDay(MAY_1.plusDays(1), 0),
                        new SalesDay(MAY_1.plusDays(2), 0),
                        new SalesDay(MAY_1.plusDays(3), 5),
                        new SalesDay(MAY_1.plusDays(4), 0)),
                Figures.everyDay(sold, MAY_1.plusDays(2), MAY_1.plusDays(4)));
    }

    @Test
    void nothingSoldIsNoSeriesAtAll() {
        assertEquals(List.of(), Figures.everyDay(List.of(), MAY_1, MAY_1.plusDays(29)));
    }

    @Test
    void aWindowStartingEarlierStartsTheSeriesThere() {
        assertEquals(
                List.of(new SalesDay(MAY_1, 0), new SalesDay(MAY_1.plusDays(1), 4)),
                Figures.everyDay(List.of(new SalesDay(MAY_1.plusDays(1), 4)), MAY_1, MAY_1.plusDays(1)));
    }

    @Test
    void theDayKeyOfTheDatabaseIsReadAsADate() {
        assertEquals(LocalDate.of(2026, 12, 31), Figures.day(java.math.BigDecimal.valueOf(20261231)));
    }

    @Test
    void sectionsAddUpAndFreeIsWhatIsNeitherSoldNorHeld() {
        SectionFigures total = Figures.total(List.of(
                new SectionFigures("V", 1, "Floor", true, 100, 3, 2),
                new SectionFigures("V", 2, "Stalls", false, 10, 2, 1)));

        assertEquals(List.of(110L, 5L, 3L, 102L), List.of(total.capacity(), total.sold(), total.held(), total.free()));
        assertEquals(4, total.soldPercent());
        assertEquals(0, new SectionFigures("V", 3, "Empty", true, 0, 0, 0).soldPercent());
    }

    @Test
    void theAttendeeCsvHasOneLinePerSeatOrPlaceInTheVenuesZoneAndQuotesWhatASpreadsheetWouldRun() {
        Instant paid = Instant.parse("2026-05-01T22:30:00Z");
        List<AttendeeRow> rows = List.of(
                new AttendeeRow(
                        1, "Ana Silva", "ana@example.org", "ABC2345", 10, "Stalls", 7L, "B", 12, null, paid, null),
                new AttendeeRow(
                        2, "=cmd()", "x@example.org", "DEF6789", 11, "Floor, left", null, null, null, 4, paid, null));

        String csv = AttendeeCsv.of(rows, ZoneId.of("Europe/Berlin"), false);

        assertEquals(
                "name,email,pnr,section,row,seat,ordered_at\r\n"
                        + "Ana Silva,ana@example.org,ABC2345,Stalls,B,12,2026-05-02T00:30:00+02:00\r\n"
                        + "\"'=cmd()\",x@example.org,DEF6789,\"Floor, left\",,standing,2026-05-02T00:30:00+02:00\r\n",
                csv);
    }

    @Test
    void theCheckInColumnAppearsOnlyWhenCheckInsAreRecorded() {
        Instant paid = Instant.parse("2026-05-01T10:00:00Z");
        AttendeeRow row = new AttendeeRow(
                        1, "Ana", "a@example.org", "ABC2345", 10, "Stalls", 7L, "B", 12, null, paid, null)
                .checkedIn(Instant.parse("2026-05-03T18:05:00Z"));

        assertEquals(
                "name,email,pnr,section,row,seat,ordered_at,checked_in_at\r\n"
                        + "Ana,a@example.org,ABC2345,Stalls,B,12,2026-05-01T10:00:00Z,2026-05-03T18:05:00Z\r\n",
                AttendeeCsv.of(List.of(row), ZoneId.of("UTC"), true));
    }
}
