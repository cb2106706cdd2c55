package io.newsroom.moderation.feedback;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.moderation.decision.AkismetVerdict;
import io.newsroom.moderation.decision.Backoff;
import io.newsroom.moderation.decision.DecidedBy;
import io.newsroom.moderation.decision.HistoryEvent;
import io.newsroom.moderation.decision.HistoryLine;
import io.newsroom.moderation.store.HistoryRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Akismet feedback as durable state: added in the moderator's transaction, sent and retried by {@link FeedbackSender}. */
@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<FeedbackTask, UUID> {

    /** One task to send: submit-spam or submit-ham with these fields, reported by this moderator. */
    public record Due(UUID id, AkismetVerdict kind, Map<String, List<String>> fields, String reporter) {
    }

    @Inject
    ObjectMapper mapper;
    @Inject
    HistoryRepository history;
    @Inject
    Event<FeedbackQueued> queued;

    /** Inside the caller's transaction; {@code fields} is the comment's as-submitted copy (JSON). */
    public void add(UUID commentId, AkismetVerdict kind, String reporter, String fields, Instant now) {
        FeedbackTask t = new FeedbackTask();
        t.id = UUID.randomUUID();
        t.commentId = commentId;
        t.kind = kind;
        t.reporter = reporter;
        t.fields = fields;
        t.createdAt = now;
        t.nextAttemptAt = now;
        persist(t);
        queued.fire(new FeedbackQueued());
    }

    public long unsent() {
        return count("acknowledgedAt is null");
    }

    /**
     * Due tasks no other replica is sending, leased until {@code leaseUntil}: each is sent by one replica, and one
     * that dies mid-send leaves them due again when the lease ends.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Due> claimDue(int limit, Instant leaseUntil) {
        List<FeedbackTask> tasks = getEntityManager().createNativeQuery(
                        "select * from akismet_feedback where acknowledged_at is null and next_attempt_at <= :now "
                                + "order by created_at limit :limit for update skip locked", FeedbackTask.class)
                .setParameter("now", Instant.now()).setParameter("limit", limit).getResultList();
        tasks.forEach(t -> t.nextAttemptAt = leaseUntil);
        return tasks.stream().map(t -> new Due(t.id, t.kind, parse(t.fields), t.reporter)).toList();
    }

    @Transactional
    public void acknowledged(UUID id) {
        FeedbackTask t = findById(id);
        if (t == null) {
            return;
        }
        Instant now = Instant.now();
        t.acknowledgedAt = now;
        t.attempts++;
        t.lastError = null;
        history.record(t.commentId, HistoryLine.note(DecidedBy.SYSTEM, "akismet", HistoryEvent.FEEDBACK_ACKNOWLEDGED,
                "feedback:acknowledged", "Akismet acknowledged " + t.reporter + "'s report ("
                        + (t.kind == AkismetVerdict.SPAM ? "spam" : "not spam") + ")"), now);
    }

    @Transactional
    public void failed(UUID id, String error, Optional<Duration> retryAfter, Backoff backoff) {
        FeedbackTask t = findById(id);
        if (t == null) {
            return;
        }
        t.attempts++;
        t.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        t.nextAttemptAt = backoff.next(Instant.now(), t.attempts, retryAfter);
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
