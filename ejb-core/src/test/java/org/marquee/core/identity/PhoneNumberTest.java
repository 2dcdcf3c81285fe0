package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void typedSeparatorsAreDroppedIntoE164() {
        assertEquals("+4930123456", new PhoneNumber("+49 30 123456").value());
        assertEquals("+14155550123", new PhoneNumber("+1 (415) 555-0123").value());
        assertEquals("+447700900123", new PhoneNumber(" +44.7700.900/123 ").value());
    }

    @Test
    void numbersWithoutCountryCodeOrWithLettersOrTooManyDigitsAreRefused() {
        assertFalse(PhoneNumber.isValid("030 123456"), "no country code");
        assertFalse(PhoneNumber.isValid("+0301234567"), "country codes do not start with 0");
        assertFalse(PhoneNumber.isValid("+49 30 CALL ME"));
        assertFalse(PhoneNumber.isValid("+1234567890123456"), "16 digits");
        assertFalse(PhoneNumber.isValid("+12345"), "too short to be a number");
        assertTrue(PhoneNumber.isValid("+123456789012345"), "15 digits is the most");
    }

    @Test
    void anEmptyFieldMeansNoPhoneAndAnythingElseMustBeValid() {
        assertNull(PhoneNumber.ofOptional(""));
        assertNull(PhoneNumber.ofOptional("   "));
        assertNull(PhoneNumber.ofOptional(null));
        InvalidPhone refused = assertThrows(InvalidPhone.class, () -> PhoneNumber.ofOptional("0170 1234567"));
        assertEquals("account.invalidPhone", refused.messageKey());
    }
}
