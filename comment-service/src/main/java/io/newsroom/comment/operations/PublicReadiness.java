package io.newsroom.comment.operations;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.smallrye.health.SmallRyeHealthReporter;

/**
 * Readiness for load balancers on the public port: UP or DOWN and nothing else. The detail (which check, the
 * database, the broker, whether the spam filter is on) is on the management port only, with the metrics.
 */
@Path("/ready")
public class PublicReadiness {

    @Inject
    SmallRyeHealthReporter health;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "UP (200) or DOWN (503), nothing more")
    @APIResponse(responseCode = "200", description = "Ready")
    @APIResponse(responseCode = "503", description = "Not ready")
    public Response ready() {
        boolean up = !health.getReadiness().isDown();
        return Response.status(up ? 200 : 503).entity(Map.of("status", up ? "UP" : "DOWN"))
                .header("Cache-Control", "no-store").build();
    }
}
