package io.newsroom.moderation.settings;

import io.newsroom.moderation.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/moderation/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    SettingsService settings;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The site's moderation settings")
    @APIResponse(responseCode = "200", description = "The settings")
    public SettingsView get() {
        return settings.view();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the site's moderation settings")
    @APIResponse(responseCode = "200", description = "The settings as saved")
    @APIResponse(responseCode = "400", description = "A bad field (problem+json, one violation per field)")
    public SettingsView put(@Valid @NotNull SettingsUpdate update) {
        return settings.update(update, identity.getPrincipal().getName());
    }
}
