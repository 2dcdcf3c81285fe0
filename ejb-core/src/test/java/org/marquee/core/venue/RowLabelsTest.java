package org.marquee.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowLabelsTest {

    @Test
    void lettersRunFromAToZ() {
        RowLabels labels = RowLabels.letters();

        assertEquals("A", labels.label(0));
        assertEquals("B", labels.label(1));
        assertEquals("Z", labels.label(25));
    }

    @ParameterizedTest
    @CsvSource({"26, AA", "27, AB", "51, AZ", "52, BA", "701, ZZ", "702, AAA"})
    void afterZComeTwoLetterLabels(int row, String label) {
        assertEquals(label, RowLabels.letters().label(row));
    }

    @Test
    void theTheatreVariantSkipsIAndOEverywhere() {
        RowLabels labels = RowLabels.lettersWithoutIAndO();

        assertEquals(List.of("G", "H", "J", "K", "L", "M", "N", "P", "Q"), labelsOf(labels, 6, 15));
        assertEquals("Z", labels.label(23));
        assertEquals("AA", labels.label(24));
        assertEquals("AJ", labels.label(24 + 8));
        assertFalse(labelsOf(labels, 0, 600).stream().anyMatch(label -> label.contains("I") || label.contains("O")));
    }

    @Test
    void numbersCountFromOne() {
        assertEquals(List.of("1", "2", "3"), labelsOf(RowLabels.numbers(), 0, 3));
        assertEquals("200", RowLabels.numbers().label(199));
    }

    @Test
    void aBlockCanStartAtAnyLabel() {
        assertEquals(List.of("K", "L", "M"), labelsOf(new RowLabels(RowLabels.Scheme.LETTERS, "K"), 0, 3));
        assertEquals(List.of("Y", "Z", "AA"), labelsOf(new RowLabels(RowLabels.Scheme.LETTERS, "Y"), 0, 3));
        assertEquals(
                List.of("H", "J", "K"), labelsOf(new RowLabels(RowLabels.Scheme.LETTERS_WITHOUT_I_AND_O, "H"), 0, 3));
        assertEquals(List.of("21", "22"), labelsOf(new RowLabels(RowLabels.Scheme.NUMBERS, "21"), 0, 2));
        assertEquals("AB", new RowLabels(RowLabels.Scheme.LETTERS, "AA").label(1));
    }

    @Test
    void theFirstLabelIsKeptInCanonicalForm() {
        RowLabels labels = new RowLabels(RowLabels.Scheme.LETTERS, " c ");

        assertEquals("C", labels.first());
        assertEquals("D", labels.label(1));
        assertEquals("7", new RowLabels(RowLabels.Scheme.NUMBERS, "07").first());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1", "A1", "Ä", "ABCD", "A-B"})
    void aFirstLetterLabelMustBeOneToThreeLetters(String first) {
        assertThrows(IllegalArgumentException.class, () -> new RowLabels(RowLabels.Scheme.LETTERS, first));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "AI", "OB"})
    void theTheatreVariantRefusesIAndOAsFirstLabel(String first) {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> new RowLabels(RowLabels.Scheme.LETTERS_WITHOUT_I_AND_O, first));
        assertEquals("The first row label must be 1 to 3 of the letters A-Z except I and O", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "A", "10000", "1.5"})
    void aFirstRowNumberMustBeBetweenOneAnd9999(String first) {
        assertThrows(IllegalArgumentException.class, () -> new RowLabels(RowLabels.Scheme.NUMBERS, first));
    }

    @Test
    void aSchemeIsRequired() {
        assertThrows(NullPointerException.class, () -> new RowLabels(null, "A"));
        assertThrows(IllegalArgumentException.class, () -> new RowLabels(RowLabels.Scheme.LETTERS, null));
    }

    @Test
    void rowsAreCountedFromTheFront() {
        assertThrows(IllegalArgumentException.class, () -> RowLabels.letters().label(-1));
    }

    private static List<String> labelsOf(RowLabels labels, int fromRow, int toRow) {
        return IntStream.range(fromRow, toRow).mapToObj(labels::label).toList();
    }
}
