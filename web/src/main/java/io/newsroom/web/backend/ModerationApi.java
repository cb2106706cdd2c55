package io.newsroom.web.backend;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** moderation-service, always called with the moderator's own access token: it decides who may do what. */
@RegisterRestClient(configKey = "moderation-service")
@Path("/moderation")
@Produces(MediaType.APPLICATION_JSON)
interface ModerationApi {

    @GET
    @Path("/comments")
    Response queue(@HeaderParam("Authorization") String authorization, @QueryParam("status") String status,
            @QueryParam("q") String q, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/comments/{id}")
    Response detail(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    @POST
    @Path("/comments/{id}/{action}")
    Response act(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("action") String action);

    @POST
    @Path("/comments/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    Response bulk(@HeaderParam("Authorization") String authorization, BulkRequest request);

    @POST
    @Path("/recheck")
    Response recheck(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/settings")
    Response settings(@HeaderParam("Authorization") String authorization);

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    Response saveSettings(@HeaderParam("Authorization") String authorization, ModerationSettings settings);

    record BulkRequest(String action, java.util.List<UUID> ids) {
    }
}
