package org.marquee.systemtest;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One deployment of the EAR as it ships for every test class that only talks to it from outside
 * ({@code @Deployment(testable = false)} of {@link Deployments#marquee()}): Arquillian would
 * deploy and undeploy it around each class, and that took more of the suite's time than most
 * classes' tests (docs/benchmarks.md, "Build, server and test suite").
 *
 * <ul>
 *   <li>The first such class deploys it; later ones find it there and do not deploy again.</li>
 *   <li>The end of a class leaves it deployed.</li>
 *   <li>Any other deployment (an EAR with tests inside, which has the same web modules and
 *       context roots) undeploys it first; the next outside class deploys it again.</li>
 *   <li>It is undeployed before the server stops, so the server keeps nothing for its next
 *       start.</li>
 * </ul>
 *
 * The build runs the in-server classes (tag {@value #IN_SERVER}) and the outside ones in two
 * failsafe executions, so that each group runs together and the EAR is deployed once per group.
 * What a class changes in the application's state is seen by the classes after it, as its
 * changes to the database always were: tests make their own data and do not count on a fresh
 * deployment. Arquillian does not know the later classes' deployment as deployed, so they cannot
 * use {@code @ArquillianResource} URLs (none does: {@link Deployments#url} gives the address).
 */
public final class SharedDeployment implements LoadableExtension {

    /** The JUnit tag of the classes that run inside the server. */
    public static final String IN_SERVER = "in-server";

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Arquillian's observer; the deployment it keeps lives as long as the test JVM. */
    public static final class Keeper {

        private static DeployableContainer<?> container;
        private static Archive<?> kept;

        public void deploy(@Observes EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            boolean shared = shareable(event.getDeployment().getDescription());
            if (shared && kept != null) {
                return;
            }
            release();
            context.proceed();
            if (shared && event.getDeployment().isDeployed()) {
                container = event.getDeployableContainer();
                kept = event.getDeployment().getDescription().getArchive();
            }
        }

        public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
            if (kept == null
                    || context.getEvent().getDeployment().getDescription().getArchive() != kept) {
                context.proceed();
            }
        }

        public void beforeStop(@Observes BeforeStop event) {
            try {
                release();
            } catch (Exception e) {
                // The server must still stop; the deployment goes with its process and this run's files.
                LOG.log(Level.WARNING, "Could not undeploy the shared EAR before the server stops", e);
            }
        }

        private static boolean shareable(DeploymentDescription description) {
            return description.isArchiveDeployment()
                    && description.managed()
                    && !description.testable()
                    && Deployments.EAR_NAME.equals(description.getArchive().getName());
        }

        private static void release() throws Exception {
            if (kept != null) {
                Archive<?> archive = kept;
                kept = null;
                LOG.info("Undeploying the shared " + archive.getName());
                container.undeploy(archive);
            }
        }
    }
}
