package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marquee.core.platform.Health;
import org.marquee.core.platform.HealthCheck;

/** For load balancers and operators: 200 when the database answers, 503 when it does not. */
@Path("/health")
public class HealthResource {

    @EJB
    private HealthCheck healthCheck;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Health health = healthCheck.check();
        String body = Json.createObjectBuilder()
                .add("status", health.up() ? "UP" : "DOWN")
                .add(
                        "database",
                        Json.createObjectBuilder()
                                .add("status", health.databaseUp() ? "UP" : "DOWN")
                                .add("millis", health.databaseMillis())
                                .add("detail", health.detail()))
                .add("schemaVersion", String.valueOf(health.schemaVersion()))
                .build()
                .toString();
        return Response.status(health.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body)
                .header("Cache-Control", "no-store")
                .build();
    }
}
