package io.newsroom.moderation.privacy;

import io.newsroom.moderation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/moderation/privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    PrivacyService privacy;

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase one person's data (email, IP, name, the Akismet as-submitted copy) from moderation")
    @APIResponse(responseCode = "200", description = "How many comments were erased")
    @APIResponse(responseCode = "400", description = "No or bad email")
    public ErasureResult erase(@QueryParam("email") @NotBlank @Email @Size(max = 255) String email) {
        return privacy.erase(email);
    }
}
