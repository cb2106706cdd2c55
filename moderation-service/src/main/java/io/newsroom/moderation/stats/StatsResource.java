package io.newsroom.moderation.stats;

import io.newsroom.moderation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/moderation/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StatsService stats;

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    @Operation(summary = "Counts by status and source, and Akismet's mistakes as moderators corrected them")
    @APIResponse(responseCode = "200", description = "The figures")
    public StatsView get() {
        return stats.stats();
    }
}
