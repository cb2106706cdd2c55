package io.newsroom.web.backend;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** comment-service: the public threads, taking a reply (web is a trusted proxy), a reply's status link. */
@RegisterRestClient(configKey = "comment-service")
@Produces(MediaType.APPLICATION_JSON)
interface CommentApi {

    @GET
    @Path("/articles/{articleId}/comments")
    Response threads(@PathParam("articleId") UUID articleId, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/articles/{articleId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    Response reply(@PathParam("articleId") UUID articleId, ReplyRequest reply,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Forwarded-For") String readerIp,
            @HeaderParam("User-Agent") String userAgent, @HeaderParam("Referer") String referrer);

    @GET
    @Path("/comments/{id}/status")
    Response status(@PathParam("id") UUID id, @QueryParam("token") String token);
}
