package io.newsroom.moderation.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.moderation.problem.ProblemException;
import io.newsroom.moderation.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Moderation's part of a privacy export (comment-service gathers it, with the asker's own token). Erasure is not
 * asked here: it arrives as privacy.erasure-requested from comment-service, which keeps the request's record.
 */
@Path("/moderation/privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    PrivacyExport export;
    @Inject
    JsonWebToken token;

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Everything moderation holds about one person: {\"email\"} or {\"subject\"} in the body")
    @APIResponse(responseCode = "200", description = "The comments as stored, their history and Akismet feedback")
    @APIResponse(responseCode = "400", description = "Neither or both of email and subject, or a bad one")
    public JsonNode export(PersonRef person) {
        if (person == null) {
            throw ProblemException.invalid("email", "give an email or a subject");
        }
        String[] ref = person.resolve();
        return export.export(ref[0], ref[1]);
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "Everything moderation holds about the caller (by the token's subject)")
    @APIResponse(responseCode = "200", description = "The caller's comments as stored, their history and Akismet feedback")
    public JsonNode mine() {
        return export.export("subject", PersonHash.ofSubject(token.getSubject()));
    }
}
