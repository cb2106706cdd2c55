package io.newsroom.moderation.akismet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.moderation.pipeline.DecidedBy;
import io.newsroom.moderation.pipeline.Decisions;
import io.newsroom.moderation.pipeline.ModeratedComment;
import io.newsroom.moderation.pipeline.ModeratedCommentRepository;
import io.newsroom.moderation.pipeline.Backoff;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Akismet feedback as durable state: queued in the moderator's transaction, sent and retried by {@link FeedbackSender}. */
@ApplicationScoped
public class FeedbackService implements PanacheRepositoryBase<FeedbackTask, UUID> {

    /** Fired when feedback was queued; observed after the commit to send it at once. */
    public record Queued() {
    }

    public record Due(UUID id, boolean spam, Map<String, List<String>> fields, String reporter) {
    }

    @Inject
    AkismetConfig config;
    @Inject
    ObjectMapper mapper;
    @Inject
    Decisions decisions;
    @Inject
    ModeratedCommentRepository comments;
    @Inject
    Event<Queued> queued;

    /** Inside the moderator's transaction. Nothing to send when Akismet is off or never saw the comment. */
    public boolean queue(ModeratedComment c, boolean spam, String reporter) {
        if (!config.enabled() || c.asSubmitted == null) {
            return false;
        }
        FeedbackTask t = new FeedbackTask();
        t.id = UUID.randomUUID();
        t.commentId = c.id;
        t.kind = spam ? "SPAM" : "HAM";
        t.reporter = reporter;
        t.fields = c.asSubmitted;
        t.createdAt = Instant.now();
        t.nextAttemptAt = t.createdAt;
        persist(t);
        decisions.note(c, DecidedBy.MODERATOR, reporter, spam ? "REPORTED_SPAM" : "REPORTED_HAM",
                spam ? "feedback:submit-spam" : "feedback:submit-ham",
                "reported to Akismet as " + (spam ? "spam" : "not spam") + " by " + reporter);
        queued.fire(new Queued());
        return true;
    }

    @Transactional
    public List<Due> due(int limit) {
        return find("acknowledgedAt is null and nextAttemptAt <= ?1 order by createdAt", Instant.now())
                .page(0, limit).list().stream()
                .map(t -> new Due(t.id, "SPAM".equals(t.kind), parse(t.fields), t.reporter))
                .toList();
    }

    @Transactional
    public void acknowledged(UUID id) {
        FeedbackTask t = findById(id);
        if (t == null) {
            return;
        }
        t.acknowledgedAt = Instant.now();
        t.attempts++;
        t.lastError = null;
        ModeratedComment c = comments.findById(t.commentId);
        if (c != null) {
            decisions.note(c, DecidedBy.SYSTEM, "akismet", "FEEDBACK_ACKNOWLEDGED", "feedback:acknowledged",
                    "Akismet acknowledged " + t.reporter + "'s report (" + ("SPAM".equals(t.kind) ? "spam" : "not spam") + ")");
        }
    }

    @Transactional
    public void failed(UUID id, CheckResult.Failure failure) {
        FeedbackTask t = findById(id);
        if (t == null) {
            return;
        }
        t.attempts++;
        t.lastError = failure.detail().length() > 500 ? failure.detail().substring(0, 500) : failure.detail();
        Backoff backoff = new Backoff(config.recheck().initialBackoff(), config.recheck().maxBackoff());
        t.nextAttemptAt = backoff.next(Instant.now(), t.attempts, failure.retryAfter());
    }

    private Map<String, List<String>> parse(String json) {
        try {
            return mapper.readValue(json, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("feedback fields unreadable", e);
        }
    }
}
