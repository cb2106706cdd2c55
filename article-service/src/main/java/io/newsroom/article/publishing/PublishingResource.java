package io.newsroom.article.publishing;

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

import io.newsroom.article.security.CurrentUser;
import io.newsroom.article.security.Roles;
import io.newsroom.article.story.StoryView;

/** The editor's workflow steps on a story. */
@Path("/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
public class PublishingResource {

    @Inject
    PublishingService publishing;
    @Inject
    CurrentUser user;

    @POST
    @Path("submit")
    @Operation(summary = "Submit a draft for fact-checking")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public StoryView submit(@PathParam("id") UUID id) {
        return publishing.submit(id);
    }

    @POST
    @Path("publish")
    @Operation(summary = "Publish a fact-checked story")
    @APIResponse(responseCode = "409", description = "Not fact-checked")
    public StoryView publish(@PathParam("id") UUID id) {
        return publishing.publish(id);
    }

    @POST
    @Path("unpublish")
    @Operation(summary = "Take a published story down")
    public StoryView unpublish(@PathParam("id") UUID id) {
        return publishing.unpublish(id);
    }

    @POST
    @Path("corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Append a dated public correction to a published story")
    public StoryView correct(@PathParam("id") UUID id, @Valid @NotNull CorrectionRequest request) {
        return publishing.correct(id, request, user);
    }

    @POST
    @Path("comments/open")
    @Operation(summary = "Open the story's comments")
    public StoryView openComments(@PathParam("id") UUID id) {
        return publishing.setCommentsOpen(id, true);
    }

    @POST
    @Path("comments/close")
    @Operation(summary = "Close the story's comments")
    public StoryView closeComments(@PathParam("id") UUID id) {
        return publishing.setCommentsOpen(id, false);
    }
}
