package org.marquee.core.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * A Wallet pass signed with a throw-away certificate: the archive holds pass.json, the icons,
 * manifest.json with the SHA-1 of each of them, and a detached PKCS#7 signature of the manifest
 * that verifies with the certificate (and not for an altered manifest).
 */
class WalletPassTest {

    @Test
    void theArchivesManifestAndSignatureVerify() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        X509Certificate certificate = selfSigned(rsa);
        Map<String, String> env = Map.of(
                "MARQUEE_PASS_CERT",
                pem("CERTIFICATE", certificate.getEncoded()),
                "MARQUEE_PASS_KEY",
                pem("PRIVATE KEY", rsa.getPrivate().getEncoded()),
                "MARQUEE_PASS_TYPE_ID",
                "pass.test.marquee",
                "MARQUEE_PASS_TEAM_ID",
                "TEAM123456");
        PassSigner signer = PassSigner.from(env::get).orElseThrow();
        KeyPair event = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String code = TicketCode.sign(42, 7, event.getPrivate());
        PrintedTicket ticket = new PrintedTicket(
                42,
                "Fado Night",
                ZonedDateTime.of(2026, 9, 12, 20, 0, 0, 0, ZoneId.of("Europe/Lisbon")),
                "Coliseu",
                "Stalls",
                "C",
                14,
                null,
                "K7M2Q9X",
                "Ana Silva",
                code);

        Map<String, byte[]> files = unzip(WalletPass.build(ticket, signer));

        assertEquals(
                List.of("icon.png", "icon@2x.png", "manifest.json", "pass.json", "signature"),
                files.keySet().stream().sorted().toList());
        JsonObject manifest = Json.createReader(
                        new StringReader(new String(files.get("manifest.json"), StandardCharsets.UTF_8)))
                .readObject();
        assertEquals(3, manifest.size(), "every file but the manifest and signature");
        for (String name : manifest.keySet()) {
            assertEquals(WalletPass.sha1(files.get(name)), manifest.getString(name), name);
        }
        JsonObject pass = Json.createReader(
                        new StringReader(new String(files.get("pass.json"), StandardCharsets.UTF_8)))
                .readObject();
        assertEquals("pass.test.marquee", pass.getString("passTypeIdentifier"));
        assertEquals("TEAM123456", pass.getString("teamIdentifier"));
        assertEquals(code, pass.getJsonArray("barcodes").getJsonObject(0).getString("message"));
        assertEquals(
                "PKBarcodeFormatQR",
                pass.getJsonArray("barcodes").getJsonObject(0).getString("format"));

        assertTrue(verifies(files.get("signature"), files.get("manifest.json"), certificate));
        byte[] altered = files.get("manifest.json").clone();
        altered[5] ^= 1;
        assertFalse(verifies(files.get("signature"), altered, certificate), "an altered manifest fails");
    }

    @Test
    void withoutTheFourSettingsThereAreNoPasses() {
        assertTrue(PassSigner.from(Map.of("MARQUEE_PASS_CERT", "x")::get).isEmpty());
    }

    private static boolean verifies(byte[] signature, byte[] manifest, X509Certificate certificate) throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(manifest), signature);
        assertEquals(1, signed.getSignerInfos().size());
        SignerInformation signer =
                signed.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder holder = (X509CertificateHolder)
                signed.getCertificates().getMatches(signer.getSID()).iterator().next();
        assertEquals(
                new X509CertificateHolder(certificate.getEncoded()),
                holder,
                "the signer's certificate is in the signature");
        assertTrue(
                signer.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime) != null,
                "signing time");
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            return false;
        }
    }

    private static X509Certificate selfSigned(KeyPair pair) throws Exception {
        X500Name name = new X500Name("CN=Pass Type ID: pass.test.marquee, O=Marquee tests");
        Instant now = Instant.now();
        return new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.valueOf(now.toEpochMilli()),
                                Date.from(now.minusSeconds(60)),
                                Date.from(now.plusSeconds(3600)),
                                name,
                                pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }
}
