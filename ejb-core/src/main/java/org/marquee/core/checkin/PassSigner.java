package org.marquee.core.checkin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs Wallet passes: the pass type's certificate and private key, Apple's intermediate (WWDR)
 * certificate where given, the pass type id and team id, from the environment ({@code
 * MARQUEE_PASS_CERT}, {@code MARQUEE_PASS_KEY}, {@code MARQUEE_PASS_WWDR}: PEM text or the path of
 * a PEM file; {@code MARQUEE_PASS_TYPE_ID}, {@code MARQUEE_PASS_TEAM_ID}). The signature is a
 * detached PKCS#7 (CMS) SignedData over manifest.json, with the signing time, as Wallet requires.
 */
public record PassSigner(
        X509Certificate certificate, PrivateKey key, List<X509Certificate> chain, String passTypeId, String teamId) {

    public PassSigner {
        chain = List.copyOf(chain);
    }

    /** The signer the environment configures, or empty when any of its four required settings is missing. */
    static Optional<PassSigner> from(Function<String, String> env) {
        String cert = env.apply("MARQUEE_PASS_CERT");
        String key = env.apply("MARQUEE_PASS_KEY");
        String type = env.apply("MARQUEE_PASS_TYPE_ID");
        String team = env.apply("MARQUEE_PASS_TEAM_ID");
        if (blank(cert) || blank(key) || blank(type) || blank(team)) {
            return Optional.empty();
        }
        try {
            List<X509Certificate> chain = new ArrayList<>();
            String wwdr = env.apply("MARQUEE_PASS_WWDR");
            if (!blank(wwdr)) {
                chain.add(certificate(pem(wwdr)));
            }
            return Optional.of(
                    new PassSigner(certificate(pem(cert)), privateKey(pem(key)), chain, type.strip(), team.strip()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The Wallet pass certificate or key cannot be read: " + e.getMessage(), e);
        }
    }

    /** The detached CMS signature of the manifest. */
    byte[] sign(byte[] manifest) {
        try {
            String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(new JcaContentSignerBuilder(algorithm).build(key), certificate));
            List<X509Certificate> certificates = new ArrayList<>(chain);
            certificates.add(0, certificate);
            generator.addCertificates(new JcaCertStore(certificates));
            return generator
                    .generate(new CMSProcessableByteArray(manifest), false)
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign the pass", e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String pem(String value) throws IOException {
        String text = value.strip();
        return text.startsWith("-----") ? text : Files.readString(Path.of(text), StandardCharsets.US_ASCII);
    }

    static X509Certificate certificate(String pem) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        if (!pem.contains("BEGIN PRIVATE KEY")) {
            throw new GeneralSecurityException(
                    "MARQUEE_PASS_KEY must be an unencrypted PKCS#8 PEM (BEGIN PRIVATE KEY)");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException tryNext) {
                // the other algorithm
            }
        }
        throw new GeneralSecurityException("MARQUEE_PASS_KEY is neither an RSA nor an EC key");
    }
}
