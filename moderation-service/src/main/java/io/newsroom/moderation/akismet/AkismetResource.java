package io.newsroom.moderation.akismet;

import io.newsroom.moderation.problem.ProblemException;
import io.newsroom.moderation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/moderation/akismet")
@Produces(MediaType.APPLICATION_JSON)
public class AkismetResource {

    @Inject
    AkismetClient client;
    @Inject
    AkismetConfig config;

    @GET
    @Path("/usage")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "This key's monthly Akismet calls, as Akismet's /1.2/usage-limit reports them")
    @APIResponse(responseCode = "200", description = "{limit, usage, percentage, throttled}, as Akismet sends it")
    @APIResponse(responseCode = "404", description = "No Akismet key configured")
    @APIResponse(responseCode = "503", description = "Akismet did not answer")
    public Response usage() {
        if (!config.enabled()) {
            throw ProblemException.notFound("No AKISMET_API_KEY: moderation runs on the site's rules alone.");
        }
        return client.usageLimit().await().atMost(config.timeout().plusSeconds(5))
                .map(json -> Response.ok(json, MediaType.APPLICATION_JSON).build())
                .orElseThrow(() -> ProblemException.unavailable("Akismet did not answer.", null));
    }
}
