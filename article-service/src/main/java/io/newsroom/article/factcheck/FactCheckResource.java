package io.newsroom.article.factcheck;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
    @Operation(summary = "Record a fact-check: VERIFIED signs the story off, REJECTED sends it back to its editor with notes")
    @APIResponse(responseCode = "403", description = "Not a fact-checker, or the checker wrote the story")
    @APIResponse(responseCode = "409", description = "The story is not in review")
    public StoryView factCheck(@PathParam("id") UUID id, @Valid @NotNull FactCheckRequest request) {
        return publishing.factCheck(id, request, user);
    }
}
