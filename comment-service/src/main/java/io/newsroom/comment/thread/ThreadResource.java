package io.newsroom.comment.thread;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsroom.comment.article.StoryCheck;
import io.newsroom.comment.config.CommentConfig;
import io.newsroom.comment.problem.ProblemException;

/** What the public sees: approved comments only, threaded, cacheable. */
@Path("/")
@Tag(name = "Public comments")
public class ThreadResource {

    @Inject
    ThreadService threads;
    @Inject
    ConditionalJson json;
    @Inject
    CommentConfig config;
    @Inject
    ThreadCache cache;
    @Inject
    StoryCheck stories;

    @GET
    @Path("articles/{articleId}/comments")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "A published story's approved comments, threaded",
            description = "Top-level threads are paginated (oldest first unless order=newest); each carries all "
                    + "its approved replies nested in order. Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "One page of threads",
            content = @Content(schema = @Schema(implementation = ThreadPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    @APIResponse(responseCode = "404", description = "No such published story")
    @APIResponse(responseCode = "503", description = "Story service unavailable: retry after Retry-After")
    public Response list(@PathParam("articleId") UUID articleId,
            @QueryParam("page") @DefaultValue("0") String pageParam,
            @QueryParam("size") @DefaultValue("50") String sizeParam,
            @QueryParam("order") @DefaultValue("oldest") String order,
            @HeaderParam("If-None-Match") String ifNoneMatch) throws JsonProcessingException {
        int page = number("page", pageParam);
        int size = number("size", sizeParam);
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > config.maxPageSize()) {
            throw ProblemException.invalid("size", "must be between 1 and " + config.maxPageSize());
        }
        if (!order.equals("oldest") && !order.equals("newest")) {
            throw ProblemException.invalid("order", "must be oldest or newest");
        }
        boolean newest = order.equals("newest");
        // Checked on every request (article-service's answer is cached briefly): an unpublished story's comments
        // vanish with it, whatever pages are cached.
        stories.publishedStory(articleId);
        ThreadCache.Rendered rendered = cache.page(articleId, new ThreadCache.PageKey(page, size, newest), () -> {
            try {
                return json.render(threads.page(articleId, page, size, newest));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot serialise the comments of " + articleId, e);
            }
        });
        return json.respond(rendered, ifNoneMatch, config.publicMaxAge());
    }

    // Parsed here: JAX-RS would answer an unparseable query parameter with a bare 404.
    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number");
        }
    }

    @GET
    @Path("comments/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "One approved comment")
    @APIResponse(responseCode = "200", description = "The comment",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "404", description = "No such approved comment")
    public Response one(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch)
            throws JsonProcessingException {
        return json.respond(threads.one(id), ifNoneMatch, config.publicMaxAge());
    }
}
