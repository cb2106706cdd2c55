package io.newsroom.comment.privacy;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** moderation-service's part of an export, asked with the asker's own token: it checks the role again. */
@RegisterRestClient(configKey = "moderation-service")
@Path("/moderation/privacy")
public interface ModerationPrivacyClient {

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode export(@HeaderParam("Authorization") String authorization, PersonRef person);

    @GET
    @Path("/me")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode mine(@HeaderParam("Authorization") String authorization);
}
