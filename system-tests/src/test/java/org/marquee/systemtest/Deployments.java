package org.marquee.systemtest;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR under test: the one the ear module packaged, exactly as it ships. */
final class Deployments {

    static final String BASE_URL = System.getProperty("marquee.base.url", "http://127.0.0.1:8080");

    /** The EAR's name, which the server deploys it under (see {@link SharedDeployment}). */
    static final String EAR_NAME = "marquee.ear";

    private Deployments() {}

    static EnterpriseArchive marquee() {
        File ear = new File(System.getProperty("marquee.ear", "../ear/target/marquee.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear.getAbsolutePath() + ": build the ear module first");
        }
        return ShrinkWrap.create(ZipImporter.class, EAR_NAME).importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The EAR with the given test classes inside its public web module, for tests that run inside
     * the server and call ejb-core's services directly.
     */
    static EnterpriseArchive marqueeWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = marquee();
        WebArchive host = ear.getAsType(WebArchive.class, "web-public.war");
        host.addClasses(testClasses);
        host.addClasses(
                Waits.class,
                Callers.class,
                AsFixtureAdmin.class,
                Countries.class,
                Races.class,
                Sql.class,
                Consistency.class);
        // Tests that count SQL statements use EclipseLink's session events; tests that call as a
        // given user (Callers) use Elytron's security identities.
        host.setManifest(new StringAsset(
                "Manifest-Version: 1.0\nDependencies: org.eclipse.persistence, org.wildfly.security.elytron\n"));
        ear.delete("web-public.war");
        ear.addAsModule(Testable.archiveToTest(host));
        return ear;
    }

    /**
     * Like {@link #marqueeWithTests}, with GreenMail inside the server too ({@link MailServer}), so
     * a test there can start, stop and read the SMTP server the outbox sends to. GreenMail stores
     * messages with the server's Jakarta Mail implementation (Angus), which a deployment sees only
     * when it asks for it.
     */
    static EnterpriseArchive marqueeWithMailTests(Class<?>... testClasses) {
        EnterpriseArchive ear = marquee();
        WebArchive host = ear.getAsType(WebArchive.class, "web-public.war");
        host.addClasses(testClasses);
        host.addClasses(
                MailServer.class,
                Callers.class,
                Waits.class,
                AsFixtureAdmin.class,
                Countries.class,
                Races.class,
                Sql.class,
                Consistency.class);
        host.addAsLibrary(jarOf(GreenMail.class));
        host.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.eclipse.persistence,"
                + " org.eclipse.angus.mail, org.wildfly.security.elytron\n"));
        ear.delete("web-public.war");
        ear.addAsModule(Testable.archiveToTest(host));
        return ear;
    }

    /**
     * Like {@link #marqueeWithTests}, with the payment providers' fakes inside the server too
     * ({@link StripeFake}, {@link PayPalFake}), on the ports the server's payment settings point at,
     * so a test there can pay, fail and deliver webhooks while it calls the services. The fakes
     * serve HTTP with the JDK's server, which a deployment sees only when it asks for it.
     */
    static EnterpriseArchive marqueeWithPaymentFakes(Class<?>... testClasses) {
        EnterpriseArchive ear = marquee();
        WebArchive host = ear.getAsType(WebArchive.class, "web-public.war");
        host.addClasses(testClasses);
        host.addClasses(
                Callers.class,
                Waits.class,
                AsFixtureAdmin.class,
                Countries.class,
                Races.class,
                Sql.class,
                Consistency.class,
                ProviderFakes.class,
                StripeFake.class,
                StripeJs.class,
                PayPalFake.class,
                LoopbackFake.class,
                FakeFaults.class,
                FakeOperation.class,
                FakeResponses.class,
                FakeWebhooks.class,
                WebhookDelivery.class,
                WebhookMode.class,
                WebhookRequest.class);
        host.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.eclipse.persistence,"
                + " org.wildfly.security.elytron, jdk.httpserver\n"));
        ear.delete("web-public.war");
        ear.addAsModule(Testable.archiveToTest(host));
        return ear;
    }

    /** Adds GreenMail ({@link MailServer}) to a deployment made by {@link #marqueeWithPaymentFakes}. */
    static void addMailServer(EnterpriseArchive ear) {
        WebArchive host = ear.getAsType(WebArchive.class, "web-public.war");
        host.addClasses(MailServer.class);
        host.addAsLibrary(jarOf(GreenMail.class));
        host.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.eclipse.persistence,"
                + " org.eclipse.angus.mail, org.wildfly.security.elytron, jdk.httpserver\n"));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String url(String path) {
        return BASE_URL + path;
    }
}
