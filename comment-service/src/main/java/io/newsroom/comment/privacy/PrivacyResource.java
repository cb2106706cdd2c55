package io.newsroom.comment.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.newsroom.comment.problem.ProblemException;

/** Data-subject requests (export, erasure) for one email address; admins only. */
@Path("/privacy/comments")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    PrivacyService privacy;

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "Export every comment left under an email address, with all we hold")
    @APIResponse(responseCode = "200", description = "The export")
    @APIResponse(responseCode = "400", description = "email missing")
    @APIResponse(responseCode = "401", description = "No or bad token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PersonalDataExport export(@QueryParam("email") String email) {
        return privacy.export(required(email));
    }

    @DELETE
    @RolesAllowed("admin")
    @Operation(summary = "Erase every comment of an email address",
            description = "Content and personal data are removed; the status and the place in the thread stay, "
                    + "shown publicly as a deleted comment.")
    @APIResponse(responseCode = "200", description = "How many were erased")
    @APIResponse(responseCode = "400", description = "email missing")
    @APIResponse(responseCode = "401", description = "No or bad token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public ErasureReport erase(@QueryParam("email") String email) {
        return privacy.erase(required(email));
    }

    private static String required(String email) {
        if (email == null || email.isBlank()) {
            throw ProblemException.invalid("email", "is required");
        }
        return email.trim();
    }
}
