package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = PasswordHash.hash("correct horse battery");

        assertTrue(PasswordHash.verify("correct horse battery", stored));
        assertFalse(PasswordHash.verify("correct horse batterY", stored));
        assertFalse(PasswordHash.verify("", stored));
        assertFalse(PasswordHash.verify(null, stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHash.hash("same password"), PasswordHash.hash("same password"));
    }

    @Test
    void theStoredFormIsAlgorithmIterationsSaltAndHash() {
        String[] parts = PasswordHash.hash("some password").split(":");

        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals(String.valueOf(PasswordHash.ITERATIONS), parts[1]);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void anOlderCheaperHashStillVerifiesAndAsksForARehash() throws Exception {
        byte[] salt = "0123456789abcdef".getBytes();
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("old password".toCharArray(), salt, 1024, 256))
                .getEncoded();
        String stored = "PBKDF2WithHmacSHA256:1024:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);

        assertTrue(PasswordHash.verify("old password", stored));
        assertTrue(PasswordHash.needsRehash(stored));
        assertFalse(PasswordHash.needsRehash(PasswordHash.hash("new password")));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertFalse(PasswordHash.verify("x", null));
        assertFalse(PasswordHash.verify("x", ""));
        assertFalse(PasswordHash.verify("x", "PBKDF2WithHmacSHA512:abc:def:ghi"));
        assertFalse(PasswordHash.verify("x", "NoSuchAlgorithm:1000:AAAA:AAAA"));
        assertFalse(PasswordHash.verify("x", "PBKDF2WithHmacSHA512:1000:not base64!:AAAA"));
    }
}
