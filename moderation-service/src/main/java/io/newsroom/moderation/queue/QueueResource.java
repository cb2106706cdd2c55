package io.newsroom.moderation.queue;

import io.newsroom.moderation.akismet.AkismetConfig;
import io.newsroom.moderation.checks.CheckService;
import io.newsroom.moderation.decision.CommentStatus;
import io.newsroom.moderation.decision.ModerationAction;
import io.newsroom.moderation.problem.ProblemException;
import io.newsroom.moderation.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/moderation")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @Inject
    QueueService queue;
    @Inject
    CheckService checks;
    @Inject
    AkismetConfig akismet;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/comments")
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    @Operation(summary = "The moderation queue, newest first, searchable, with the count of each status")
    @APIResponse(responseCode = "200", description = "A page of comments")
    @APIResponse(responseCode = "400", description = "Unknown status or bad paging")
    public QueuePage list(@QueryParam("status") String status,
                          @QueryParam("q") @Size(max = 200) String q,
                          @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queue.list(status(status), q, page, size);
    }

    @GET
    @Path("/comments/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    @Operation(summary = "One comment with all its data and its history")
    @APIResponse(responseCode = "200", description = "The comment")
    @APIResponse(responseCode = "404", description = "No such comment")
    public CommentDetail detail(@PathParam("id") UUID id) {
        return queue.detail(id);
    }

    @POST
    @Path("/comments/{id}/{action}")
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    @Operation(summary = "approve | spam | trash | restore one comment")
    @APIResponse(responseCode = "200", description = "The comment's status after the action")
    @APIResponse(responseCode = "404", description = "No such comment or action")
    @APIResponse(responseCode = "409", description = "Restore of a comment that is neither spam nor trash")
    public ActionResult act(@PathParam("id") UUID id, @PathParam("action") String action) {
        ModerationAction parsed = ModerationAction.parse(action)
                .orElseThrow(() -> ProblemException.notFound("no action '" + action + "': approve, spam, trash or restore"));
        return queue.act(id, parsed, moderator());
    }

    @POST
    @Path("/comments/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    @Operation(summary = "One action on up to 100 comments; each id answered")
    @APIResponse(responseCode = "200", description = "One result per id")
    @APIResponse(responseCode = "400", description = "Bad action or ids")
    public BulkResult bulk(@Valid @NotNull BulkRequest request) {
        ModerationAction action = ModerationAction.parse(request.action()).orElseThrow();
        String moderator = moderator();
        List<BulkResult.Item> results = new ArrayList<>();
        for (UUID id : request.ids()) {
            try {
                ActionResult r = queue.act(id, action, moderator);
                results.add(new BulkResult.Item(id, 200, r.status(), r.changed(), null));
            } catch (ProblemException e) {
                results.add(new BulkResult.Item(id, e.status(), null, false, e.getMessage()));
            }
        }
        return new BulkResult(action.name().toLowerCase(Locale.ROOT), results);
    }

    @POST
    @Path("/recheck")
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    @Operation(summary = "Check for Spam: every pending comment goes back to Akismet (recheck_reason=recheck_queue)")
    @APIResponse(responseCode = "200", description = "How many comments were queued for a re-check (it runs in the background)")
    public RecheckResult recheck() {
        int n = akismet.enabled() ? checks.queueRecheck() : 0;
        return new RecheckResult(n, akismet.enabled());
    }

    private String moderator() {
        return identity.getPrincipal().getName();
    }

    private static CommentStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            CommentStatus s = CommentStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
            if (QueueService.QUEUE_STATUSES.contains(s)) {
                return s;
            }
        } catch (IllegalArgumentException ignored) {
            // answered below
        }
        throw ProblemException.invalid("status", "must be one of PENDING, SPAM, APPROVED, TRASH");
    }
}
