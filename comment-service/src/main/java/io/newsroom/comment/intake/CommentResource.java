package io.newsroom.comment.intake;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.comment.config.CommentConfig;
import io.newsroom.comment.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/** "Leave a Reply": anyone may post; a bearer token, when sent, supplies name and email. */
@Path("/")
@Tag(name = "Leave a Reply")
public class CommentResource {

    @Inject
    IntakeService intake;
    @Inject
    SecurityIdentity identity;
    @Inject
    CommentConfig config;
    @Inject
    ObjectMapper mapper;

    @POST
    @Path("articles/{articleId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Leave a reply on a published story",
            description = "Stored as PENDING and handed to moderation; answered 202 with a private status link.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CommentRequest.class)))
    @APIResponse(responseCode = "202", description = "Accepted for moderation",
            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid field(s) or malformed JSON")
    @APIResponse(responseCode = "404", description = "No such published story")
    @APIResponse(responseCode = "409", description = "Comments closed, or a duplicate")
    @APIResponse(responseCode = "429", description = "Flood: wait Retry-After seconds")
    @APIResponse(responseCode = "503", description = "Story service unavailable: retry after Retry-After")
    public Response submit(@PathParam("articleId") UUID articleId, String rawBody,
            @HeaderParam("User-Agent") String userAgent, @HeaderParam("Referer") String referrer,
            @HeaderParam("X-Forwarded-For") String forwardedFor,
            @Context HttpServerRequest http, @Context UriInfo uri) throws JsonProcessingException {
        ObjectNode body = parseObject(rawBody);
        CommentRequest request = read(body);
        String peer = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        ClientInfo client = new ClientInfo(
                ClientIpResolver.resolve(peer, forwardedFor, config.trustedProxies().orElse(List.of())),
                userAgent, referrer);
        StoredComment stored = intake.submit(articleId, request, author(request), client, honeypot(body));
        URI statusUrl = uri.getBaseUriBuilder().path("comments").path(stored.id().toString()).path("status")
                .queryParam("token", stored.statusToken()).build();
        return Response.accepted(new SubmissionReceipt(stored.id(), "PENDING", statusUrl.toString()))
                .location(statusUrl)
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("comments/{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The moderation state of one's own comment",
            description = "Needs the token from the status link returned when the comment was taken.")
    @APIResponse(responseCode = "200", description = "The comment's status",
            content = @Content(schema = @Schema(implementation = CommentStatusView.class)))
    @APIResponse(responseCode = "404", description = "Unknown comment or wrong token")
    public Response status(@PathParam("id") UUID id, @QueryParam("token") String token) {
        return Response.ok(intake.status(id, token)).header("Cache-Control", "private, no-store").build();
    }

    // Parsed here rather than by the body reader so that every malformed body gets our problem+json.
    private ObjectNode parseObject(String rawBody) throws JsonProcessingException {
        JsonNode node = rawBody == null || rawBody.isBlank() ? null : mapper.readTree(rawBody);
        if (!(node instanceof ObjectNode object)) {
            throw ProblemException.malformedJson("The request body must be a JSON object.");
        }
        return object;
    }

    /** Wrong types (a number for parentId) surface as a JsonProcessingException: a 400 with the field. */
    private CommentRequest read(ObjectNode body) throws JsonProcessingException {
        return mapper.treeToValue(body, CommentRequest.class);
    }

    private String honeypot(ObjectNode body) {
        JsonNode value = body.get(config.honeypotField());
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.isBlank() ? null : text;
    }

    private Author author(CommentRequest request) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return new Author(request.author(), request.email(), request.url(), null, List.of());
        }
        String name = firstNonBlank(jwt.getClaim("name"), jwt.getClaim("preferred_username"), request.author());
        String email = firstNonBlank(jwt.getClaim("email"), request.email());
        List<String> roles = identity.getRoles().stream().sorted().toList();
        return new Author(name, email, request.url(), jwt.getSubject(), roles);
    }

    private static String firstNonBlank(Object... candidates) {
        for (Object candidate : candidates) {
            if (candidate != null && !candidate.toString().isBlank()) {
                return candidate.toString();
            }
        }
        return null;
    }
}
