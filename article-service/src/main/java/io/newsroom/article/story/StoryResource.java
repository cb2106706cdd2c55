package io.newsroom.article.story;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.newsroom.article.publishing.StoryStatus;
import io.newsroom.article.security.CurrentUser;
import io.newsroom.article.security.Roles;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoryResource {

    @Inject
    StoryService service;
    @Inject
    CurrentUser user;
    @Inject
    PublicStories publicStories;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Write a new story (a draft)")
    @APIResponse(responseCode = "201", description = "Created; Location points at the story")
    public Response create(@Valid @NotNull StoryRequest request) {
        StoryView story = service.create(request, user);
        return Response.created(URI.create("/articles/" + story.id())).tag(etag(story)).entity(story).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Edit a story; If-Match must carry the ETag you read")
    @APIResponse(responseCode = "200", description = "Edited")
    @APIResponse(responseCode = "412", description = "The story changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull StoryRequest request) {
        StoryView story = service.edit(id, IfMatch.version(ifMatch, "you edited, so nobody's edit is overwritten"), request, user);
        return Response.ok(story).tag(etag(story)).build();
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed({ Roles.EDITOR, Roles.FACT_CHECKER, Roles.ADMIN })
    @Operation(summary = "Who wrote or edited each version of a story, and when (staff only)")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first")
    @APIResponse(responseCode = "404", description = "No such story")
    public java.util.List<RevisionView> revisions(@PathParam("id") UUID id) {
        return service.revisions(id);
    }

    @GET
    @PermitAll
    @Operation(summary = "Published stories, newest first (staff may ask for another status)")
    public Response list(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam,
            @QueryParam("tag") String tag, @QueryParam("status") String statusParam) {
        int page = Paging.page(pageParam);
        int size = Paging.size(sizeParam);
        StoryStatus status = Paging.status(statusParam);
        if (status != StoryStatus.PUBLISHED) {
            if (user.isAnonymous()) {
                throw new io.quarkus.security.UnauthorizedException();
            }
            if (!user.isStaff()) {
                throw new io.quarkus.security.ForbiddenException();
            }
        }
        StoryPage stories = status == StoryStatus.PUBLISHED
                ? publicStories.list(tag == null ? "" : tag, page, size)
                : service.list(status, tag, page, size);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(status == StoryStatus.PUBLISHED ? 10 : 0);
        cache.setPrivate(status != StoryStatus.PUBLISHED);
        return Response.ok(stories).cacheControl(cache).build();
    }

    @GET
    @Path("{idOrSlug}")
    @PermitAll
    @Operation(summary = "One story by id or slug, with its fact-check and corrections")
    @APIResponse(responseCode = "200", description = "The story")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No such published story")
    public Response show(@PathParam("idOrSlug") String idOrSlug, @Context Request request) {
        boolean staff = user.isStaff();
        StoryView story = staff ? service.show(idOrSlug, true) : publicStories.show(idOrSlug);
        EntityTag tag = etag(story);
        CacheControl cache = new CacheControl();
        if (staff) {
            cache.setPrivate(true);
            cache.setNoStore(true);
        } else {
            cache.setMaxAge(30);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(story).tag(tag).cacheControl(cache).build();
    }

    /** The comment count is part of what a reader sees, so it is part of the tag; If-Match only compares the version. */
    static EntityTag etag(StoryView story) {
        return new EntityTag(story.version() + "-" + story.commentCount());
    }

}
