package io.newsroom.article.factcheck;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.newsroom.article.publishing.PublishingService;
import io.newsroom.article.security.CurrentUser;
import io.newsroom.article.security.Roles;
import io.newsroom.article.story.IfMatch;
import io.newsroom.article.story.StoryView;

@Path("/articles/{id}/fact-check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FactCheckResource {

    @Inject
    PublishingService publishing;
    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(Roles.FACT_CHECKER)
    @Operation(summary = "Record a fact-check of the version you read (If-Match: its ETag): VERIFIED signs it off, "
            + "REJECTED sends it back to its editor with notes")
    @APIResponse(responseCode = "403", description = "Not a fact-checker, or the checker wrote or edited a version of the story")
    @APIResponse(responseCode = "409", description = "The story is not in review")
    @APIResponse(responseCode = "412", description = "The story changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public StoryView factCheck(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull FactCheckRequest request) {
        long checked = IfMatch.version(ifMatch, "version you checked, so a change made meanwhile is not signed off unseen");
        return publishing.factCheck(id, checked, request, user);
    }
}
